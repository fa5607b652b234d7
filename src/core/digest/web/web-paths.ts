// Where the web view lives on Maillage's HTTP server: pages under /d/, their assets apart.
export const WEB_PATH = '/d/';
export const WEB_ASSETS_PATH = '/d/assets/';
