// The kinds of scheduled work, as their claims name them (the database's one query of a
// tick reads the latest claim of some of them).
export const DIGEST_KIND = 'digest';
export const CAFE_KIND = 'cafe';
export const CAFE_ASK_KIND = 'cafe-ask';
export const POLL_CLOSE_KIND = 'poll-close';
export const RETENTION_KIND = 'retention';
export const NETWORK_DELETION_KIND = 'network-delete';
