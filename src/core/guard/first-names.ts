// Common first names in France, folded (lower case, no accents), as the guard compares them. Meant as
// a heuristic, not a census: the frequent names of the last decades across origins, including those
// most common in the quartiers populaires where many members work.

const FRENCH = `
adele agathe agnes aline alice alicia alix amandine ambre amelie anais anne annie apolline audrey aurelie
aurore axelle beatrice brigitte camille capucine caroline catherine celia celine chantal charlotte chloe
christelle christine claire clara clarisse clemence clementine coline coralie corinne delphine elea eleonore
elisa elise ella eloise elodie elsa emeline emilie emma estelle eva eve fabienne florence francoise gaelle
gabrielle helene ines isabelle jacqueline jade jeanne jessica josephine julia julie juliette justine karine
laetitia laura laure lea leane lena leonie lila lili lilou lisa lola lou louane louise louna lucie
luna lydie maelle maelys maeva manon margaux margot marie marine marion martine mathilde maud melanie
melissa mia monique morgane nadine nathalie nina noemie oceane ophelie patricia pauline rose romane
sabine sandrine severine simone solene sophie stephanie suzanne sylvie tiphaine valentine valerie vanessa
veronique victoire victoria virginie zoe cindy kelly jennifer priscilla melodie angelique jordane
adam adrien alain alban alexandre alexis alfred anthony antoine arnaud arthur aurelien axel baptiste
basile benjamin benoit bernard bertrand bryan brandon bruno cedric charles christian christophe clement
corentin cyril damien daniel david denis didier dimitri dominique dorian dylan eliott emile emilien enzo
eric erwan ethan etienne evan fabien fabrice florian francis francois franck frederic gabin gabriel gael
gaetan gerard gilles gregory guillaume hugo jacques jason jean jeremy jerome jimmy joel johan jonathan
jordan joris jules julien kevin kilian killian kylian laurent leo leon leonard liam loic louis luc lucas
ludovic mael marc marcel martin matheo mathias mathieu mathis matteo matthieu maxence maxime michael
mickael michel nathan nicolas noah noe nolan olivier oscar pascal patrick paul philippe pierre quentin
raphael remi robin romain romeo sacha samuel sasha sebastien serge simon stephane steven sylvain teddy
theo thibault thierry thomas timeo timothee tom tony tristan valentin victor vincent william xavier yann
yannick yohan yves
`;

const MAGHREB_AND_MIDDLE_EAST = `
abdel abdelkader abdallah abderrahmane adel ahmed aissa ali amine amir anis ayoub aymen bilal brahim
djamel driss farid fares hakim hamid hamza haroun hassan hicham hocine houssem ibrahim idriss ilian ilyas
ilyes ilias imran ismael issam jamel jibril kaci kamel karim khalid larbi lyes mahdi malik mehdi mohamed
mohammed mohammad mounir mourad moustapha mustapha nabil nacer nadir nael naim nassim nordine noureddine
omar rachid rayan redouane reda riad ryad ryan said salah salim sami samir sofiane soufiane tarek tarik
walid wassim yacine yanis yannis yassine yassin younes youssef youcef zakaria zinedine zayd zayn ilan
aicha amel amina amira asma assia aya chahinez chaima chaimae dalila djamila dounia farah farida fatima
fatma hafsa hajar hanane hiba hind houda ikram ilhem imane inaya israa jamila kahina kenza khadija lamia
latifa leila lilia lina lyna maissa malak malika manel maroua marwa meriem mina myriam nadia naima nawel
nesrine nora nour rachida rania rim ryma sabrina safia salma samia samira sana selma sarah sara sirine
sofia sonia souad wafa warda yasmine yasmina yousra zahra zineb zohra nassima karima souhila kheira
`;

const AFRICA = `
abdoulaye aboubakar adama alassane amadou bakary boubacar cheick cheikh demba fode ibrahima idrissa
issa issiaka lamine lassana mahamadou malick mamadou mamoudou modibo moussa oumar ousmane pape samba
sekou seydou souleymane youssouf abdou diakite birane ousseynou mory sidy tidiane djibril
adja aissata aissatou aminata assa astou awa binta coumba djeneba fanta fatou fatoumata hawa kadiatou
kadidia khady mariam mariama mariame ndeye nene oumou ramata rokia salimata sira aminatou dieynaba
grace exauce divine merveille christ precieuse gloire chancelle glodie
`;

const EUROPE_AND_ELSEWHERE = `
joao diogo tiago rui nuno fabio ruben ana beatriz catia sandra rita andreia
emre mehmet ahmet mustafa yusuf kerem burak enes berat elif zeynep esra merve ayse hatice emine
ivan andrei bogdan florin ionut vasile stefan nikola milan alina irina oksana natalia
minh linh thanh kim jonas noam eden aaron ayden kenzo sohan wael naomie maya
`;

/** Folded first names, for `isFirstName`. */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  [FRENCH, MAGHREB_AND_MIDDLE_EAST, AFRICA, EUROPE_AND_ELSEWHERE].join(' ').split(/\s+/).filter(Boolean),
);

/**
 * Names that are also ordinary words ("max 14 ans" is a maximum, "une rose"): only trusted when
 * capitalised.
 */
export const AMBIGUOUS_WHEN_LOWER_CASE: ReadonlySet<string> = new Set(
  `max rose marine pierre claire jade ange grace divine merveille gloire christ precieuse lou rim hind sana
  assa awa fanta sira pape samba said capucine ambre victoire aurore adele jean martin noe eve france
  fares mina nour issa malik maya eden lili sacha sasha dominique chantal solene exauce chancelle luc leon
  basile marion amir sandra rita gael margot oscar kim`
    .split(/\s+/)
    .filter(Boolean),
);
