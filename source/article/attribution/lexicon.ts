/**
 * Word lists for speaker attribution in Norwegian news text (Bokmål and Nynorsk).
 * General language knowledge only: verb forms, pronouns, function words, title and
 * organisation nouns. Nothing here names a particular person or article.
 */

export type VerbInfo = {
	/**
	 * Particles that must follow, one of them ("legger han til", "peker på", "tar til orde");
	 * each a word sequence; null when none.
	 */
	readonly particles: readonly (readonly string[])[] | null;
	/** The first word of each of `particles`, for a quick look ahead. */
	readonly particleStarts?: ReadonlySet<string>;
	/** Only with the subject before the verb ("Han ber ..."); never inverted ("ba Ukraina"). */
	readonly straightOnly: boolean;
	/** A past participle ("sagt", "uttalt"): a verb of saying only after "har"/"hadde". */
	readonly participle?: boolean;
	/** Particles after which the verb means something else ("sa opp" = dismissed, resigned). */
	readonly not?: readonly string[];
	/** A verb of saying only with «quoted words» soon after it ("kalte avtalen «et kompromiss»"). */
	readonly quoted?: boolean;
	/** A copula whose sentence reports a view when "i sin <view noun>" follows ("er forsiktig i sin tolkning"). */
	readonly view?: boolean;
	/** Saying only right after a quote ("– …, humrar 87-åringen", "ler hun"); elsewhere a manner. */
	readonly afterQuote?: boolean;
	/** Right after a quote the verb needs none of its particles ("– …, erklærte X"; elsewhere "erklærte at"). */
	readonly bareAfterQuote?: boolean;
};

/** A verb of saying read with no particles ("– …, erklærte X"). */
export const bareVerb: VerbInfo = {particles: null, straightOnly: false};

const plain = (words: string): string[] => words.split(/\s+/).filter(Boolean);

/**
 * `fn` with its results kept by key: the engine asks the same questions of the same words again
 * and again. The store is emptied when it grows past `limit` (a long article has few distinct words).
 */
export function memoised<T>(fn: (key: string) => T, limit = 20000): (key: string) => T {
	const cache = new Map<string, T>();
	return (key: string): T => {
		if (cache.has(key)) return cache.get(key)!;
		if (cache.size > limit) cache.clear();
		const value = fn(key);
		cache.set(key, value);
		return value;
	};
}

/** Finite forms (present and past, Bokmål and Nynorsk) of verbs of saying, writing and stating views. */
const speechVerbs = plain(`
	sier seier sa
	uttaler uttalar uttalte uttala uttalde
	opplyser opplyste opplyse opplyste
	skriver skriv skrev skreiv
	forteller fortel fortalte fortalde
	mener meiner mente meinte
	understreker understrekar understreket understreka understrekte
	påpeker påpeikar påpeiker påpekte påpeika påpeikte
	hevder hevdar hevdet hevda
	erkjenner erkjente erkjende vedgår vedgikk vedgjekk vedkjende innrømmer innrømte innrømmar innrømde innrømma medgir medgav medga
	bekrefter bekreftar bekreftet bekrefta stadfester stadfestar stadfestet stadfesta
	svarer svarar svarte svara
	advarer advarte åtvarar åtvara åtvarte
	varsler varslar varslet varsla
	kunngjør kunngjer kunngjorde
	frykter fryktar fryktet frykta
	avviser avvisar avviste
	forklarer forklarar forklarte forklara
	utdyper utdjupar utdypet utdjupa
	tror trur trodde trudde
	synes syns synest syntes syntest
	vektlegger vektlegg vektla
	karakteriserer karakteriserar karakteriserte skisserer skisserar skisserte
	sammenfatter samanfattar sammenfattet samanfatta oppsummerer oppsummerar oppsummerte
	utbryter utbrøt utbraut
	spør spurte spurde
	konstaterer konstaterte konstaterar
	fastslår fastslo
	presiserer presiserte presiserar
	anslår anslo
	beklager beklagar beklaget beklaga
	kritiserer kritiserte kritiserar
	spår spådde spådar
	avfeier avfeiar avfeide avfeia
	fordømmer fordømer fordømte fordømde
	proklamerer proklamerar proklamerte utbroderer utbroderar utbroderte
	tvitrer tvitrar tvitret tvitra twitrer twitret
	krever krev kravde krevde
	anbefaler anbefalte tilrår tilrådde
	forsikrer forsikret forsikrar forsikra
	erfarer erfarte
	melder meldte meldar melde
	rapporterer rapporterte rapporterar
	gjentar gjentok
	innvender innvendte
	kommenterer kommenterte kommenterar
	bedyrer bedyret
	opplyser
	tilføyer tilføyde
	avslører avslørte avslører
	roser rosar roste lovpriser lovprisar lovpriste lovprisa
	skuldar skulda skulde beskylder beskyldte beskylda
	lover lovar lovet lova lovte
	mener
	poengterer poengterte poengterar
	framhever fremhever framhevet fremhevet framhevar framheva framhevde fremhevde
	framholder fremholder framholdt fremholdt
	fastholder fastholdt fastholdar fastheld fastheldt
	påstår påsto påstod
	argumenterer argumenterte argumenterar
	tilstår tilsto tilstod
	benekter benektet benektar benekta
	avkrefter avkreftet avkreftar avkrefta
	oppgir oppga oppgav
	røper røpet røpte røpar
	antyder antydet antydar antyda
	konkluderer konkluderte konkluderar
	bemerker bemerket bemerkar
	beskriver beskrev skildrer skildret skildrar skildra
	uttrykker uttrykte uttrykkjer
	etterlyser etterlyste etterlyser
	anklager anklaget anklagar
	forventer forventet forventar forventa
	håper håpet håpar håpa
	tviler tvilte tvilar
	annonserer annonserte annonserar
	informerer informerte informerar
	meddeler meddelte
	vedkjenner vedkjente
	garanterer garanterte garanterar
	insisterer insisterte insisterar
	protesterer protesterte protesterar
	foreslår foreslo føreslår føreslo
	begrunner begrunnar begrunnet begrunna grunngir grunngav grunngjev grunngjer
`);

/** Verbs of saying that need a particle (or a fixed phrase) after them, with the particles they take. */
const particleVerbs: Array<[string, string]> = [
	// "la ikke skjul på at": not hiding a view is stating it.
	['legger legg la', 'til | vekt på | ned påstand | ikke skjul på | ikkje skjul på | ingen skjul på | skjul på'],
	['føyer føyde føyer', 'til'],
	['peker peiker peikar pekte peikte peika', 'på'],
	['viser viste', 'til'],
	['minner minnar minte minna', 'om'],
	['slår slo', 'fast'],
	['trekker trekkjer trakk trekte', 'fram | frem'],
	['tar tek tok', 'til orde | avstand fra | avstand frå'],
	['går gikk gjekk', 'inn for | ut mot'],
	['gir gjev ga gav', 'uttrykk for'],
	['gjør gjer gjorde', 'det klart'],
	['setter set satte', 'spørsmålstegn ved'],
	['regner regnet reknar rekna', 'med | det som'],
	// "Ledelsen uttrykker forståelse for tiltakene": a stated attitude.
	[
		'uttrykker uttrykkjer uttrykte',
		['forståelse for', 'bekymring for', 'støtte til', 'skepsis til', 'glede over', 'tvil om', 'misnøye med', 'håp om', 'medfølelse med', 'medkjensle med', 'sympati med']
			.flatMap(feeling => [feeling, `sin ${feeling}`, `si ${feeling}`, `sitt ${feeling}`])
			.join(' | '),
	],
	['streker strekar streket streka strekte', 'under'],
	['skryter skryt skrøt skrytte skrøyt', 'av'],
	// "Ho vil ikkje seie om …", "ville ikke svare på om": declining to say is said by someone (the
	// negation is read as an adverb before the particle). Not wishing to comment is left unsaid.
	[
		'vil ville kan kunne tør torde ønsker ønskjer ønsket ønskte ønska',
		['si', 'seie', 'svare', 'fortelle', 'fortelje', 'bekrefte', 'stadfeste', 'innrømme', 'understreke', 'avvise', 'opplyse', 'beklage']
			.flatMap(verb => [verb, `å ${verb}`])
			.join(' | '),
	],
	// "kom inn på at", "Lavrov kom med nye skuldingar om at": raising a point, making a claim.
	[
		'kommer kom kjem',
		['inn på at', 'inn på det', 'inn på hvordan', 'inn på korleis', 'inn på hva', 'inn på kva', ...['', 'nye ', 'sterke ', 'sterk ', 'krass ', 'kraftig ', 'skarp ', 'flere ', 'fleire ', 'klare ', 'tydelege ', 'tydelige '].flatMap(
			modifier => ['skuldingar', 'skulding', 'beskyldninger', 'beskyldning', 'påstander', 'påstandar', 'kritikk', 'anklager', 'advarsler', 'åtvaringar', 'krav', 'utspill', 'utspel', 'innvendinger', 'innvendingar'].map(noun => `med ${modifier}${noun}`),
		)].join(' | '),
	],
	// "Ambassaden gikk ut med en advarsel om at …": going public with a warning, an appeal, a message.
	[
		'går gikk gjekk gjeng',
		['', 'en ', 'ei ', 'ein ', 'eit ', 'et '].flatMap(article =>
			['advarsel', 'åtvaring', 'oppfordring', 'melding', 'beskjed', 'krav', 'kritikk', 'informasjon', 'uttalelse', 'fråsegn', 'pressemelding'].map(noun => `ut med ${article}${noun}`),
		).join(' | '),
	],
	// "Hjelmeland har lita tru på lovnadene": faith, or none, in something is a stated view.
	['har hadde', ['tru på', 'tro på'].flatMap(faith => ['', 'lita ', 'liten ', 'ingen ', 'stor ', 'god ', 'mindre ', 'lite '].map(amount => amount + faith)).join(' | ')],
	['reagerer reagerar reagerte', 'på at'],
	// "NVE rår folk til å halde seg oppdatert": advising.
	['råder rår rådar rådet rådde', 'til'],
	// "orienterte valnemnda om at …": informing someone that something is so.
	['orienterer orienterar orienterte', 'om at'],
	// "erklærte at …", "erklærte seg ikkje skuldig": declaring what is so; not "har erklært unntakstilstand" (an act).
	['erklærer erklærte erklærar erklærde', 'at | seg'],
	// "Politiet ser svært alvorlig på hendelsen": a judgement of something, stated.
	['ser såg', 'alvorlig på | alvorleg på | positivt på | negativt på | med bekymring på | med uro på'],
	['holder held holdt heldt', 'fast ved | fast på'],
	// "X er (ikke) enig med Y i at …": agreeing or disagreeing is a stated view; so is praise
	// ("var full av lovord om") and a judgement "i sin vurdering" (see `viewNouns`).
	['er var', 'enig | uenig | einig | ueinig | enige | uenige | einige | ueinige | samd | usamd | samde | usamde | full av lovord | full av ros | full av skryt'],
	// A feeling about what is the case, stated: "Ho er uroa for at …", "Han er glad for at …".
	// A reaction to something, stated: "Han er overrasket over …", "Ho er ikkje imponert over svaret".
	['er var', 'overrasket over | overraska over | imponert over | skuffet over | skuffa over | fornøyd med | nøgd med | klar på | tydelig på | tydeleg på | på samme linje | på same linje | på linje med'],
	[
		'er var',
		// Certainty, stated: "Kjøll er overtydd om at …", "Han er ikkje sikker på om …".
		['uroa for', 'urolig for', 'bekymret for', 'bekymra for', 'glad for', 'redd for', 'overbevist om', 'overtydd om', 'sikker på', 'sikre på', 'trygg på', 'trygge på']
			.flatMap(feeling => ['at', 'om', 'hvordan', 'korleis', 'hva', 'kva', 'hvor', 'kor'].map(what => `${feeling} ${what}`))
			.join(' | '),
	],
];

/**
 * Nouns for a judgement or statement: "X er mer forsiktig i sin tolkning", "Y var optimistisk i
 * sine anslag" report X's and Y's views.
 */
export const viewNouns = new Set(
	plain(`tolkning tolking vurdering vurderinger vurderingar analyse analysar analyser anslag
	spådom spådommer spådomar prognose prognoser prognosar konklusjon konklusjonar konklusjoner
	kommentar kommentarer kommentarar uttalelse uttalelser fråsegn omtale dom syn svar`),
);

/**
 * Definite nouns for a person of a nationality ("nederlenderen", "svensken", "nordmannen"): when
 * the article never gave the matching adjective, they refer back to the person just written about.
 */
export const demonyms = new Set(
	plain(`nordmannen svensken dansken finnen islendingen islendingen færøyingen tyskeren tyskaren
	franskmannen briten britten engelskmannen skotten iren nederlenderen nederlendaren belgieren
	belgiaren sveitseren sveitsaren østerrikeren austerrikaren italieneren italienaren spanjolen
	portugiseren portugisaren grekeren grekaren polakken russeren russaren ukraineren ukrainaren
	amerikaneren amerikanaren kanadieren kanadiaren brasilianeren brasilianaren argentineren
	argentinaren meksikaneren meksikanaren japaneren japanaren kineseren kinesaren inderen inderen
	australieren australiaren estlenderen estlendaren latvieren litaueren tsjekkeren tsjekkaren
	ungareren ungararen rumeneren rumenaren serberen serbaren kroaten slovenen slovenaren slovakken
	tyrkeren tyrkaren marokkaneren kenyaneren etiopieren iraneren irakeren syreren afghaneren
	israeleren egypteren sørafrikaneren newzealenderen`),
);

/** Past participles of verbs of saying (Bokmål and Nynorsk) that are no finite form too ("har uttalt at"). */
const participles = plain(`
	sagt uttalt opplyst skrevet skrive fortalt meint påpekt påpeika svart advart åtvara varslet
	kunngjort kunngjort forklart presisert anslått beklaget kritisert krevd kravd anbefalt tilrådd
	meldt rapportert gjentatt gjenteke kommentert tilføyd avslørt erkjent innrømt innrømd konstatert
	fastslått avvist forsikret framhevet fremhevet påstått benektet avkreftet oppgitt foreslått
	føreslått trodd trudd uttrykt argumentert understreka hevda stadfesta begrunnet fordømt
`);
/** Auxiliaries of the perfect tense before a participle. */
// "har fått opplyst at", "fikk opplyst at": told, and now telling.
export const perfectAuxiliaries = new Set(plain('har hadde ha hev fikk fekk får'));

const straightOnlyVerbs = plain('ber bad ba oppfordrer oppfordrar oppmodar oppfordret oppfordra oppmoda');

const verbTable = new Map<string, VerbInfo>();
for (const verb of speechVerbs) {
	verbTable.set(verb, {particles: null, straightOnly: false});
}
for (const verb of straightOnlyVerbs) verbTable.set(verb, {particles: null, straightOnly: true});
for (const verb of participles) {
	if (!verbTable.has(verb)) verbTable.set(verb, {particles: null, straightOnly: true, participle: true});
}
// "si opp" is to dismiss or to resign ("Hun sa opp jobben"); "si ja/nei til" is to decide.
for (const verb of plain('sier seier sa sagt')) verbTable.set(verb, {...verbTable.get(verb)!, not: ['opp', 'ja', 'nei']});
// "meldte seg for politiet", "melde seg ut": signing up or turning oneself in, not reporting.
for (const verb of plain('melder meldte meldar melde')) verbTable.set(verb, {...verbTable.get(verb)!, not: ['seg']});
for (const [forms, particleList] of particleVerbs) {
	const particles = particleList.split('|').map(plain);
	for (const verb of plain(forms)) {
		const earlier = verbTable.get(verb)?.particles;
		verbTable.set(verb, {particles: earlier ? [...earlier, ...particles] : particles, straightOnly: false});
	}
}
for (const verb of plain('er var')) verbTable.set(verb, {...verbTable.get(verb)!, view: true});
// "Ledelsen vil si opp 60 ansatte": a modal before "si opp" (dismiss) or "si ja" (decide) says nothing.
for (const verb of plain('vil ville kan kunne')) verbTable.set(verb, {...verbTable.get(verb)!, not: ['opp', 'ja', 'nei']});
// Participles of particle verbs: "har pekt på at", "har peika på at", "har gjort det klart at"
// (after "har"/"hadde" only).
for (const verb of plain('pekt peikt')) {
	verbTable.set(verb, {particles: [['på']], straightOnly: true, participle: true});
}
verbTable.set('gjort', {particles: [['det', 'klart']], straightOnly: true, participle: true});
verbTable.set('erklært', {particles: [['at']], straightOnly: true, participle: true});
for (const verb of plain('erklærer erklærte erklærar erklærde')) verbTable.set(verb, {...verbTable.get(verb)!, bareAfterQuote: true});
// "har lagt ned påstand om", "hadde lagt vekt på at".
verbTable.set('lagt', {particles: [['til'], ['vekt', 'på'], ['ned', 'påstand']], straightOnly: true, participle: true});
// "X kalte avtalen «et kompromiss»": naming something with quoted words reports them.
for (const verb of plain('kaller kallar kalte kalla omtaler omtalar omtalte omtala')) {
	verbTable.set(verb, {particles: null, straightOnly: false, quoted: true});
}

// "– …, humrer han", "ler hun", "fleipa ho": how the words were said, right after a quote.
for (const verb of plain(`humrer humrar humret humra ler lo smiler smilar smilte smila sukker sukkar
	sukket sukka gliser glisar gliste fnyser fnyste roper ropar ropte hvisker kviskrar kviskra hvisket
	begynner byrjar begynte byrja fullfører fullførte fullførde fortsetter fortset fortsatte fortsette
	avslutter avsluttar avsluttet avslutta fleiper fleipar fleipet fleipa spøker spøkjer spøkte tuller tullar
	tullet tulla`)) {
	if (!verbTable.has(verb)) verbTable.set(verb, {particles: null, straightOnly: false, afterQuote: true});
}

for (const [verb, info] of verbTable) {
	if (info.particles) verbTable.set(verb, {...info, particleStarts: new Set(info.particles.map(words => words[0]!))});
}

export function speechVerb(lower: string): VerbInfo | undefined {
	return verbTable.get(lower);
}

/** Verbs of answering: a dash question just before an answer attributed with one of these has no speaker. */
export const answerVerbs = new Set(plain('svarer svarar svarte svara'));

export type Gender = 'm' | 'f';
/** Third-person singular subject pronouns and the gender they carry. */
export const personalPronouns = new Map<string, Gender | null>([
	['han', 'm'],
	['hun', 'f'],
	['ho', 'f'],
	['hen', null],
]);
/** Plural subject pronouns and group words that refer to the people named together just before. */
export const groupWords = new Set(plain('de dei begge paret ekteparet søsknene brødrene søstrene'));
/** First- and second-person pronouns: never an attribution's subject. */
export const localPronouns = new Set(plain('jeg eg vi me du dere dykk man ein en'));
/** Second-person forms that mark a journalist's question. */
export const secondPerson = new Set(plain('du deg din ditt dine dere dykk dykkar deres'));

export const prepositions = new Set(
	plain(`i på til fra frå med for av hos ved mot om etter under over overfor mellom blant
	gjennom utan uten bak foran framfor langs innen innan rundt via per pr før etter sidan siden
	hjå attmed ovanfor nedanfor utenfor utanfor innenfor innanfor`),
);

/** Words that end a noun phrase or never belong to one. */
export const functionWords = new Set(
	plain(`og eller men mens medan at som når da då der her dersom om hvis viss fordi sidan siden
	så også òg ikke ikkje aldri alltid ennå enno fortsatt framleis allerede allereie bare berre
	kanskje truleg trolig nok jo vel altså dermed derfor difor likevel dessuten samtidig heller
	dette denne disse desse det den de dei ein en ei et eit ett én noen nokon noko noe nokre ingen
	inga ingenting alle alt all mange fleire flere få mye mykje lite litt hver kvar hvert kvart
	hva kva hvem kven hvorfor kvifor hvordan korleis hvilken kva ja nei
	er var har hadde vil ville skal skulle kan kunne må måtte blir ble vart vert bli blitt vore vært
	får fikk fekk går gikk gjekk kom kjem kommer tar tok gjer gjør gjorde ser såg så står sto stod
	ligger ligg lå seg sin si sitt sine hans hennes hennar deira deres dets
	seg selv sjølv`),
);

/** Adverbs that can stand between a verb and its subject or after the subject. */
export const adverbs = new Set(
	plain(`også òg selv sjølv samtidig derimot imidlertid likevel dessuten nå no da då kort bare berre
	videre vidare blant annet først senere seinare tidligere tidlegare i dag i går fortsatt framleis
	heller ikke ikkje nok jo vel altså igjen att forsiktig klart tydelig tydeleg begge særlig særleg
	spesielt især svært veldig godt svært deretter etterpå dessverre heldigvis foreløpig førebels
	naturligvis naturlegvis selvsagt sjølvsagt selvfølgelig sjølvfølgjeleg helt heilt lite meget
	ganske nokså temmelig nedenfor nedanfor ovenfor ovanfor herunder`),
);

/** Quantifiers and indefinite articles: an NP starting with one is no named source. */
export const indefinite = new Set(
	plain('en ein ei et eit ett én noen nokon nokre mange fleire flere alle ingen få enkelte somme begge'),
);

/** Nouns for information that a genitive source owns ("ifølge NTBs beregninger"). */
export const infoNouns = new Set(
	plain(`beregninger berekningar tall tal anslag overslag opplysninger opplysningar kilder kjelder
	oversikt oversikter rapport rapporter data prognoser prognosar undersøkelse undersøking
	undersøkelser analyse analyser nettsider nettsted nettstad pressemelding pressemelding
	statistikk informasjon oppgaver opplysning kartlegging gjennomgang måling målinger målingar
	beregning berekning vurdering vurderingar vurderinger`),
);

/** Endings of nouns that name a person by office, trade or role ("sentralbanksjef", "ordførar"). */
const titleHeads = plain(`
	minister statsråd sjef direktør direktor leder leiar ordfører ordførar inspektør forsker forskar sheriff
	meteorolog
	økonom trener trenar kaptein lege pleier pleiar spiller spelar geolog president talsperson
	talsmann talskvinne rådgiver rådgivar sekretær advokat professor dosent dommer dommar biskop
	prest rektor forfatter forfattar kommentator analytiker analytikar ekspert tillitsvalgt
	tillitsvald ambassadør general admiral konsulent journalist redaktør mester meister lensmann
	aktor forsvarer forsvarar formann eier eigar stipendiat dekan rådmann representant politiker
	politikar sjåfør bonde student elev pensjonist lærer lærar ingeniør biolog meteorolog psykolog
	historiker historikar jurist kirurg tolk major oberst løytnant sersjant kommandør betjent byråd
	forvalter forvaltar fylkesmann medlem nestleder nestleiar koordinator assistent sjukepleiar
	sykepleier jordmor vaktmester vitne pasient innbygger innbyggjar beboer bebuar nabo
	dirigent kunstner kunstnar musiker musikar artist regissør skuespiller skodespelar
	partner grunnlegger grunnleggar gründer direktor talsperson leiar fagsjef overlege
	kaptein arkitekt økolog statsviter statsvitar sosiolog økonom filosof teolog
	amanuensis postdoktor pressevakt vakthavende kontakt ansvarlig rådgjevar fullmektig
	fotograf kokk pilot frilanser frilansar politimann politikvinne keeper kommissær
	manager prins prinsesse konge dronning vakt løper kandidat fisker fiskar bostyrer bostyrar
	bestyrer bestyrar back spiss medlemm fylkesråd kommunalråd korrespondent reporter delegat
`);

/**
 * A title that names a wider class than the title a person was introduced with: "forskeren" can
 * refer back to "professor X", "statsråden" to "fiskeriminister Y", "advokaten" to "forsvarer Z".
 * Head (bare form) → endings of the narrower titles it covers.
 */
export const titleHypernyms = new Map<string, readonly string[]>([
	['forsker', plain('professor amanuensis dosent stipendiat postdoktor forskar')],
	['forskar', plain('professor amanuensis dosent stipendiat postdoktor forsker')],
	['statsråd', plain('minister')],
	['advokat', plain('forsvarer forsvarar aktor')],
	['forsvarer', plain('advokat')],
	['forsvarar', plain('advokat')],
	['aktor', plain('statsadvokat politiadvokat')],
	['aktorat', plain('aktor statsadvokat politiadvokat')],
	['påtalemyndighet', plain('aktor statsadvokat politiadvokat')],
	['politiker', plain('representant ordfører minister statsråd byråd')],
	['politikar', plain('representant ordførar minister statsråd byråd')],
	['ekspert', plain('analytiker analytikar økonom forsker forskar professor')],
]);

/**
 * Nouns for an unnamed person that a news text uses as a speaker on its own ("sa 34-åringen",
 * "sa den tiltalte", "forteller kvinnen"): definite singular forms and nominalised participles.
 */
const personNouns = new Set(
	plain(`kvinnen kvinna mannen gutten guten jenta jenten tenåringen tenåringa ungdommen damen dama
	tiltalte siktede sikta fornærmede fornærma dømte domfelte innsatte`),
);
const ageNounPattern = /^\d+-år(?:ingen|inga)$/u;

/** An unnamed person as a noun ("34-åringen", "kvinnen", "tiltalte"): may speak without a name. */
export function isPersonNoun(lower: string): boolean {
	return personNouns.has(lower) || (lower.includes('-år') && ageNounPattern.test(lower));
}

/**
 * Indefinite person nouns a text introduces an unnamed person with ("en kvinne", "ein mann",
 * "ei jente", "en 15 år gammel gutt"): bare form → [gender, definite after "en"/"ein", after "ei"].
 */
const indefinitePersonNouns = new Map<string, [Gender, string, string]>([
	['kvinne', ['f', 'kvinnen', 'kvinna']],
	['dame', ['f', 'damen', 'dama']],
	['jente', ['f', 'jenten', 'jenta']],
	['mann', ['m', 'mannen', 'mannen']],
	['gutt', ['m', 'gutten', 'gutten']],
	['gut', ['m', 'guten', 'guten']],
	['tenåring', ['m', 'tenåringen', 'tenåringen']],
]);

/** The definite form that refers back to "en kvinne", "ei jente" … (null when `bare` is no such noun). */
export function definitePersonNoun(article: string, bare: string): {definite: string; gender: Gender | null} | null {
	const entry = indefinitePersonNouns.get(bare);
	if (!entry) return null;
	return {definite: article === 'ei' ? entry[2] : entry[1], gender: bare === 'tenåring' ? null : entry[0]};
}

/**
 * Nouns (besides titles) for a person an article introduces without a name after "en"/"ein"
 * ("en tidligere ansatt", "ein tilsett", "en kilde"), or after "en av de" ("ein av dei frivillige").
 */
const unnamedPersonNouns = new Set(
	plain(`ansatt tilsett frivillig deltaker deltakar kunde passasjer tilskuer tilskodar forelder
	kilde kjelde sambygding tilhenger tilhengar motstander motstandar velger veljar tjenesteperson
	tenesteperson`),
);

const sourceCompound = /^\p{L}{3,}(?:kilde|kjelde)$/u;

/** A noun that can stand for an unnamed person after "en"/"ein"/"ei" ("en overlege", "ein tilsett"). */
export function isUnnamedPersonNoun(lower: string): boolean {
	// "sikkerhetskilde", "regjeringskjelde": a source of a kind.
	return unnamedPersonNouns.has(lower) || sourceCompound.test(lower) || (isTitleWord(lower) && !spokespersonPattern.test(lower));
}

/** A nameless spokesperson speaks for an organisation, not as a person of their own. */
const spokespersonPattern = /(?:talsperson|talsmann|talskvinne|pressevakt|pressekontakt)$/u;

export function isSpokesperson(lower: string): boolean {
	return spokespersonPattern.test(lower);
}

/** Definite plurals of people that change their stem ("bøndene", "mødrene", "foreldra"). */
const irregularPersonPlurals = plain(`bøndene mødrene fedrene brødrene søstrene foreldrene foreldra
	pårørende pårørande tjenestemenn tenestemenn tjenestemennene tenestemennene`);

/** A plural noun for people ("de frivillige", "naboene", "dei tilsette", "lærerne", "bøndene"). */
export const isPersonPlural = memoised(personPlural);

function personPlural(lower: string): boolean {
	for (const plural of irregularPersonPlurals) if (lower.endsWith(plural)) return true;
	// "Kilder i partiet", "Sikkerheitskjelder", "svenske medier": unnamed sources.
	if (lower.endsWith('kilder') || lower.endsWith('kjelder') || lower === 'medier' || lower === 'media') return true;
	// "UDP-tilhengere": the last part of a compound.
	const word = lower.slice(lower.lastIndexOf('-') + 1);
	// Definite and indefinite plurals: "passasjerene", "tenestepersonar".
	for (const ending of ['ene', 'ane', 'ne', 'e', 'er', 'ar']) {
		if (word.length > ending.length + 2 && word.endsWith(ending) && unnamedPersonNouns.has(word.slice(0, -ending.length))) return true;
	}
	if (!/(?:ene|ane|erne|arne)$/u.test(lower)) return false;
	// "opposisjonspartiene", "bankane": organisations in the plural speak as one group too.
	return isTitleWord(lower) || (/(?:ene|ane)$/u.test(lower) && isOrganisationWord(lower) && endsWithInflected(lower, anaphoricOrganisationHeads) !== null);
}

/** Nominalised participles that name a person only after "den" or alone ("den tiltalte"). */
export const personParticiples = new Set(plain('tiltalte siktede sikta fornærmede fornærma dømte domfelte innsatte'));

/**
 * Organisation nouns that, bare and definite, point back to an organisation named before
 * ("klubben", "selskapet", "partiet"); unlike "politiet" or "regjeringa" they name nobody alone.
 */
const anaphoricOrganisationHeads = plain(`
	klubb selskap firma bedrift konsern foretak føretak organisasjon forening foreining forbund
	parti rederi reiarlag stiftelse stifting fond bank avis byrå kanal kjede nettsted nettstad
`);

/**
 * Wider organisation nouns a text uses for an organisation introduced with a narrower one:
 * "rederiet Nordsjø Shipping" … "selskapet"; "forbundet" … "organisasjonen". Stem → wider stems.
 */
export const organisationHypernyms: readonly (readonly [string, readonly string[]])[] = [
	['rederi', ['selskap', 'bedrift']],
	['konsern', ['selskap', 'bedrift']],
	['firma', ['selskap', 'bedrift']],
	['bedrift', ['selskap', 'firma']],
	['foretak', ['selskap', 'bedrift']],
	['føretak', ['selskap', 'bedrift']],
	['verft', ['selskap', 'bedrift']],
	['forlag', ['selskap', 'bedrift']],
	['selskap', ['bedrift', 'firma']],
	['kjede', ['selskap', 'bedrift']],
	['forening', ['organisasjon']],
	['foreining', ['organisasjon']],
	['forbund', ['organisasjon']],
	['sykehus', ['helseforetak']],
	['sjukehus', ['helseføretak']],
];

/** Impersonal verbs of a text saying something: "het det i en uttalelse fra X", "Det står i brevet frå X". */
export const impersonalVerbs = new Set(plain('het heter heiter heitte står sto stod'));

/**
 * Nouns for a statement or a document that carries one: "i en uttalelse fra X",
 * "ifølge en pressemelding fra X", "heter det i et brev frå X".
 */
export const documentNouns = new Set(
	plain(`uttalelse uttalelsen uttale fråsegn fråsegna pressemelding pressemeldingen pressemeldinga
	melding meldingen meldinga e-post e-posten epost eposten brev brevet kunngjøring kunngjøringen
	kunngjering kunngjeringa notat notatet svar svaret kommentar kommentaren innlegg innlegget
	skriv skrivet erklæring erklæringen erklæringa rapport rapporten rapporter rapportane
	redegjørelse redegjørelsen utgreiing utgreiinga sms sms-en tekstmelding tekstmeldingen tekstmeldinga
	begrunnelse begrunnelsen grunngiving grunngivinga beregning beregningen beregninger berekning berekninga
	børsmelding børsmeldingen børsmeldinga
	analyse analysen undersøkelse undersøkelsen undersøking undersøkinga oppdatering oppdateringen
	oppdateringa`),
);


/** Adjectives and participles that belong to a title ("administrerande direktør", "daglig leder"). */
export const titleModifiers = new Set(
	plain(`administrerende administrerande daglig dagleg konstituert fungerende fungerande assisterende
	assisterande parlamentarisk parlamentariske politisk politiske faglig fagleg medisinsk medisinske
	tidligere tidlegare avtroppende påtroppende nyvalgt nyvald`),
);

/** Nouns naming a relation to someone ("datteren Siri", "mannen Ahmed") and the gender they imply. */
export const relationNouns = new Map<string, Gender | null>([
	['datteren', 'f'],
	['dattera', 'f'],
	['dottera', 'f'],
	['dotter', 'f'],
	['søstera', 'f'],
	['søster', 'f'],
	['sønn', 'm'],
	['son', 'm'],
	['sønnen', 'm'],
	['datter', 'f'],
	['sønnen', 'm'],
	['sonen', 'm'],
	['mannen', 'm'],
	['ektemannen', 'm'],
	['kona', 'f'],
	['kone', 'f'],
	['kona', 'f'],
	['hustruen', 'f'],
	['faren', 'm'],
	['far', 'm'],
	['moren', 'f'],
	['mora', 'f'],
	['mor', 'f'],
	['broren', 'm'],
	['bror', 'm'],
	['broren', 'm'],
	['søsteren', 'f'],
	['syster', 'f'],
	['systera', 'f'],
	['venninna', 'f'],
	['venninnen', 'f'],
	['venninne', 'f'],
	['kjæresten', null],
	['samboeren', null],
	['sambuaren', null],
	['naboen', null],
	['kollegaen', null],
	['kollegaen', null],
	['vennen', null],
	['kameraten', 'm'],
	['barnebarnet', null],
	['bestefaren', 'm'],
	['bestemoren', 'f'],
	['onkelen', 'm'],
	['tanten', 'f'],
]);

/**
 * Common Norwegian given names and the gender they carry (general knowledge, like the word lists
 * above): "Hun og kollegaen Petter Aas …, sier hun" is the woman, not Petter Aas.
 */
const femaleNames = plain(`
	anne inger kari marit ingrid liv eva berit astrid bjørg hilde anna solveig marianne randi ida nina
	maria elisabeth kristin bente heidi silje hanne gerd linda tone tove elin anita wenche camilla ellen
	karin hege ann ragnhild mona turid grete grethe sissel laila torill toril unni julie sigrid gunn trine
	kjersti lene mari line siri rita aud monica monika emma sara sofie nora ingeborg thea maja marte
	martine kristine guro synnøve tonje vibeke cecilie karoline helene irene henriette stine ane tuva
	frida ellinor jorunn gunhild åse borghild arnhild ingvild linn malin mette merete janne katrine eli
	else ruth marie hanna johanne live vilde amalie sunniva agnes ester signe solfrid åshild brit britt
	renate susanne therese veronica elise birgit birgitte charlotte kathrine kaja hedda ronja emilie
	jenny julia lise margit marthe ylva astri tiril mia oda ragna torunn ingunn gro haldis magnhild
	helga inga vigdis dagny erna gunvor jannicke kjellaug marta oddny sølvi tale åsne
`);
const maleNames = plain(`
	jan per bjørn ole lars kjell knut svein arne hans geir thomas tor morten terje odd erik martin
	andreas rune trond jon john harald anders tore olav stian espen petter øyvind henrik kristian magnus
	jonas daniel fredrik eirik erlend even sindre sigurd håkon haakon halvor helge gunnar einar leif rolf
	roar kåre dag frode vidar åge steinar egil nils ola kristoffer christian marius mats mathias sander
	emil jakob johannes tobias elias filip oskar aksel sebastian kasper simen vegard jørgen ivar gaute
	torbjørn tormod jostein asbjørn audun atle bård pål paul peter finn kenneth robert roger tommy
	ketil kjetil sverre torstein torgeir sigve tarjei eivind øystein ståle alf arild arvid inge jens
	johan karl carl ragnar reidar trygve ulf yngve amund anton eskil hallvard herman isak jørn lasse
	lukas markus mikkel ove steffen stein truls vetle viggo terje tor-arne bjarne brede
`);
const givenNames = new Map<string, Gender>();
for (const name of femaleNames) givenNames.set(name, 'f');
for (const name of maleNames) givenNames.set(name, 'm');

/** The gender a common given name carries ("Ida" f, "Petter" m; "Anne-Lise" by its first part), or null. */
export function givenNameGender(word: string): Gender | null {
	const lower = word.toLowerCase();
	const gender = givenNames.get(lower);
	if (gender) return gender;
	const hyphen = lower.indexOf('-');
	return hyphen > 0 ? (givenNames.get(lower.slice(0, hyphen)) ?? null) : null;
}

/** Gender carried by a title noun, when the noun itself says it. */
export const titleGender = memoised(computeTitleGender);

function computeTitleGender(word: string): Gender | null {
	const lower = word.toLowerCase();
	if (/(?:kvinne|kvinna|kvinnen|inne|inna|innen)$/u.test(lower)) return 'f';
	if (/(?:mann|mannen)$/u.test(lower)) return 'm';
	return relationNouns.get(lower) ?? null;
}

/** Endings of nouns naming institutions, firms and groups that can be a source. */
const organisationHeads = plain(`
	politi politiet regjering regjeringa regjeringen departement direktorat tilsyn ambassade kommune
	fylke fylkeskommune selskap bank klubb styre forbund parti avis avisa byrå sykehus sjukehus
	universitet høgskole høyskole skole skule firma konsern bedrift organisasjon forening foreining
	rederi kirke kyrkje etat vegvesen institutt utvalg utval domstol tingrett
	lagmannsrett høyesterett høgsterett politidistrikt brannvesen redningssentral myndighet myndigheter
	myndigheit myndigheiter myndighetene myndigheitene ministerium kontor tidende kanal kanalen
	nyhetsbyrå nyheitsbyrå radio statsforvalter statsforvaltar forsvar forsvaret kommando
	hovedstyre landsstyre sekretariat stiftelse stifting fond foretak føretak helseforetak
	helseføretak tilsynet direktoratet storting sameting lagting fylkesting kjede
	jury komite komité nemnd revisjon program distrikt union allianse senter museum museet kommisjon
	reiarlag styresmakt styresmakter styresmaktene ledelse leiing stab sikkerhetstjeneste tryggingsteneste
	etterretningstjeneste etterretningsteneste sikkerhetsråd tryggingsråd trafikksentral operasjonssentral hær militær
	alarmsentral nødsentral politistasjon nettsted nettstad nettavis aktorat påtalemyndighet påtalemakt
	helsevesen tollvesen
`);

const definiteSuffixes = ['ene', 'ane', 'en', 'et', 'a', 'n', 'i'];

/** Strips a definite (or plural definite) ending: "sentralbanken" → "sentralbank". */
export function stem(word: string): string {
	const lower = word.toLowerCase();
	for (const suffix of definiteSuffixes) {
		if (lower.length - suffix.length >= 3 && lower.endsWith(suffix)) return lower.slice(0, -suffix.length);
	}
	return lower;
}

/** The definite forms a bare title can take: "ordførar" → ordføraren, ordførarar…; "lege" → legen. */
export function isDefiniteOf(definite: string, bare: string): boolean {
	const d = definite.toLowerCase();
	const b = bare.toLowerCase();
	if (d === b) return false;
	if (!d.startsWith(b)) return false;
	const rest = d.slice(b.length);
	return rest === 'en' || rest === 'a' || rest === 'et' || (rest === 'n' && b.endsWith('e')) || rest === 'i';
}

/** Whether a word looks like a definite noun (ends like one); memoised: toLowerCase allocates for every word with æ, ø or å. */
export const looksDefinite = memoised((word: string): boolean => {
	const lower = word.toLowerCase();
	return lower.length >= 4 && /(?:en|et|a|ane|ene|i)$/u.test(lower);
});

export const titleHead = memoised((word: string): string | null => {
	const lowered = word.toLowerCase();
	const lower = lowered.endsWith('-') ? lowered.slice(0, -1) : lowered;
	for (const head of titleHeads) if (lower.endsWith(head) && lower.length - head.length !== 1) return head;
	return null;
});

const inflections = ['', 'en', 'et', 'a', 'n', 'i', 'ene', 'ane', 'er', 'ar', 'ne', 'ene'];

const inflectedSets = new Map<readonly string[], Map<string, string>>();

/** The head whose inflected form ends the word, found by looking up each suffix (linear in the word). */
function endsWithInflected(lower: string, heads: readonly string[]): string | null {
	let forms = inflectedSets.get(heads);
	if (!forms) {
		forms = new Map();
		for (const head of heads) {
			for (const ending of inflections) {
				if (ending === 'n' && !head.endsWith('e')) continue;
				// "senter" has no plural "senterer" (that is "presenterer", a verb).
				if ((ending === 'er' || ending === 'ar') && head.endsWith('er')) continue;
				if (!forms.has(head + ending)) forms.set(head + ending, head);
			}
			// "vitne": "vitnet", Nynorsk plural "vitna".
			if (head.endsWith('e')) {
				if (!forms.has(`${head}t`)) forms.set(`${head}t`, head);
				if (!forms.has(`${head.slice(0, -1)}a`)) forms.set(`${head.slice(0, -1)}a`, head);
			}
		}
		inflectedSets.set(heads, forms);
	}
	const start = Math.max(0, lower.length - 30);
	for (let i = start; i < lower.length; i++) {
		// One letter before a head is no compound ("seier" is not s + "eier").
		if (i === 1) continue;
		const head = forms.get(lower.slice(i));
		if (head !== undefined) return head;
	}
	return null;
}

function memo(fn: (lower: string) => boolean): (word: string) => boolean {
	const cache = new Map<string, boolean>();
	return (word: string): boolean => {
		let value = cache.get(word);
		if (value === undefined) {
			if (cache.size > 20000) cache.clear();
			const lower = word.toLowerCase();
			value = fn(lower.endsWith('-') ? lower.slice(0, -1) : lower);
			cache.set(word, value);
		}
		return value;
	};
}

/** A bare or inflected title noun ("statsminister", "politiinspektøren", "geologen"). */
export const isTitleWord = memo(lower => endsWithInflected(lower, titleHeads) !== null);

export const isOrganisationWord = memo(lower => endsWithInflected(lower, organisationHeads) !== null);

/**
 * An association's noun after its place name ("Kråkefjorden fiskarlag", "Vik idrettslag",
 * "Bygdelaget"): a compound of "lag", not one of the common words that end the same way.
 */
export const isAssociationNoun = memo(
	lower => /.{3}lag(?:et)?$/u.test(lower) && !/(?:(?:for|an|ut|opp|ned|inn|til|av|be|over)slag|grunnlag|underlag|nederlag|mellomlag)(?:et)?$/u.test(lower),
);

/** "klubben", "fotballklubben", "selskapet": an organisation noun that needs an antecedent. */
export const isAnaphoricOrganisationWord = memo(lower => endsWithInflected(lower, anaphoricOrganisationHeads) !== null);
/**
 * "senterpartiet", "arbeidarpartiet": a compound of "parti", which names a party more often than
 * it points back ("byggefirmaet", "oljeselskapet" point back). A bare "partiet" always points back.
 */
export const isPartyCompound = memo(lower => endsWithInflected(lower, ['parti']) !== null && !lower.startsWith('parti'));

/** Words that look capitalised at a sentence start but are never names ("dag" is left out: "Dag Fiske"). */
export const capitalisedFunctionWords = new Set(
	plain(`det den de dei dette denne disse desse han hun ho vi eg jeg du i på til med for av fra frå
	om etter under over ved mot mellom men og eller at som når da då der her nå no også òg ifølge
	ifølgje samtidig derfor difor likevel dessuten før siden sidan selv sjølv ikke ikkje alle mange
	flere fleire noen nokre ingen hver kvar begge en ein ei et eit én ett to tre fire fem seks sju
	hva kva hvem kven hvorfor kvifor korleis hvordan ja nei slik så bare berre kanskje trolig
	truleg innen innan blant gjennom mens medan dersom hvis viss fordi enn enda endå tross
	heller altså dermed etterpå deretter seinare senere tidligere tidlegare torsdag fredag lørdag
	søndag mandag måndag tirsdag tysdag onsdag i går overfor hos uten utan hjå rundt bak foran
	framfor langs via utenfor utanfor innenfor innanfor
	har hadde vil ville kan kunne skal skulle må måtte bør burde er var blir ble vart`),
);

// ---------------------------------------------------------------- precompiled word classes

/** Conjunctions and subordinators that open a new clause (the subject search stops there). */
export const boundaryWords = new Set(['og', 'men', 'mens', 'medan', 'at', 'fordi', 'da', 'då', 'når', 'som', 'dersom', 'så']);
export const determiners = new Set(['den', 'det', 'de', 'dei', 'denne', 'dette', 'disse', 'desse']);
/** Possessive determiners that open a noun phrase ("Hennes tyske kollega, X,"). */
export const possessives = new Set(['hans', 'hennes', 'hennar', 'deres', 'deira', 'dets', 'sin', 'si', 'sitt', 'sine']);
/** Object forms after "ifølge": "ifølge ham", "ifølgje henne". */
export const objectPronouns = new Map<string, Gender | null>([
	['ham', 'm'],
	['han', 'm'],
	['henne', 'f'],
	['ho', 'f'],
	['hun', 'f'],
]);
export const objectGroups = new Set(['dem', 'dei', 'de', 'begge']);
export const sourceWords = new Set(['ifølge', 'ifølgje', 'iflg']);
/**
 * Lower-case particles inside foreign names ("Pieter van der Molen", "Ursula von der Leyen",
 * "Charles de Gaulle", "Mohammed bin Salman"); "der" and "den" only after "van"/"von"/"ter".
 */
export const nameParticles = new Set(['van', 'von', 'der', 'den', 'de', 'af', 'bin', 'ibn', 'ter', 'ten', 'zu', 'di', 'del', 'dos', 'das', 'la', 'le']);
/** The particles that may open a particle sequence ("van der", "von", "de"). */
export const leadingNameParticles = new Set(['van', 'von', 'de', 'af', 'bin', 'ibn', 'ter', 'ten', 'zu', 'di', 'del', 'dos', 'das']);

/**
 * Norwegian region names made of two names joined by "og" ("Møre og Romsdal", "Sogn og
 * Fjordane"): first part → second part (lower case).
 */
export const regionPairs = new Map<string, string>([
	['møre', 'romsdal'],
	['sogn', 'fjordane'],
	['troms', 'finnmark'],
	['vestfold', 'telemark'],
	['sør-trøndelag', 'nord-trøndelag'],
]);

/** Abbreviations whose dot does not end a sentence. */
export const abbreviations = new Set(
	plain('bl ca dvs f feks jf kl kr mill mrd nr osv pst st dr prof mr mrs ev evt inkl ekskl mv ifm pga iflg adm dir tlf'),
);

/** Bits of `wordBits(lower)`: membership of a lower-cased word in the lists above, one lookup for all. */
export const W = {
	function: 1,
	preposition: 1 << 1,
	adverb: 1 << 2,
	indefinite: 1 << 3,
	info: 1 << 4,
	personal: 1 << 5,
	group: 1 << 6,
	local: 1 << 7,
	second: 1 << 8,
	answer: 1 << 9,
	capFunction: 1 << 10,
	relation: 1 << 11,
	boundary: 1 << 12,
	determiner: 1 << 13,
	possessive: 1 << 14,
	objectPronoun: 1 << 15,
	objectGroup: 1 << 16,
	source: 1 << 17,
	abbreviation: 1 << 18,
	impersonal: 1 << 19,
	document: 1 << 20,
	passiveSpeech: 1 << 21,
} as const;

const bitTable = new Map<string, number>();
function addBits(words: Iterable<string>, bit: number): void {
	for (const word of words) bitTable.set(word, (bitTable.get(word) ?? 0) | bit);
}
addBits(functionWords, W.function);
addBits(prepositions, W.preposition);
addBits(adverbs, W.adverb);
addBits(indefinite, W.indefinite);
addBits(infoNouns, W.info);
addBits(personalPronouns.keys(), W.personal);
addBits(groupWords, W.group);
addBits(localPronouns, W.local);
addBits(secondPerson, W.second);
addBits(answerVerbs, W.answer);
addBits(capitalisedFunctionWords, W.capFunction);
addBits(relationNouns.keys(), W.relation);
addBits(boundaryWords, W.boundary);
addBits(determiners, W.determiner);
addBits(possessives, W.possessive);
addBits(objectPronouns.keys(), W.objectPronoun);
addBits(objectGroups, W.objectGroup);
addBits(sourceWords, W.source);
addBits(abbreviations, W.abbreviation);
addBits(impersonalVerbs, W.impersonal);
addBits(documentNouns, W.document);
/** Passive forms of verbs of saying, whose agent ("av X") is the speaker. */
addBits(plain('bekreftes bekreftast opplyses opplysast sies seiast hevdes hevdast avvises avvisast understrekes understrekast'), W.passiveSpeech);

/** All list memberships of a lower-cased word as `W` bits. */
export function wordBits(lower: string): number {
	return bitTable.get(lower) ?? 0;
}
