import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import fc from 'fast-check';
import {longArticle, seedArticle} from '../../bench/long-article';
import {scoreArticle, total, type Gold} from '../../bench/score';
import {attributeBlocks, attributeBlocksStrict, attributeIncrementally, type Attribution} from '../../source/article/attribution';
import {parseArticle, splitBlocks} from '../../source/article/parse';
import type {Block} from '../../source/article/types';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

function score(name: string) {
	const article = parseArticle(readFileSync(join(fixtures, `${name}.txt`), 'utf8'));
	const gold = JSON.parse(readFileSync(join(fixtures, `${name}.gold.json`), 'utf8')) as Gold;
	return scoreArticle(name, gold, attributeBlocks(article.blocks).byBlock);
}

/** Attributes a made-up article given as paragraphs (blank-line separated like the wire text). */
function attribute(...paragraphs: string[]) {
	const {blocks} = splitBlocks(paragraphs.join('\n\n'));
	return attributeBlocks(blocks);
}

/** The main speaker of each paragraph ('' for none). */
function mains(...paragraphs: string[]): string[] {
	return attribute(...paragraphs).byBlock.map(list => list[0] ?? '');
}

describe('attribution quality on the gold fixtures', () => {
	it('keeps the seed article at 100 %', () => {
		const seed = score('seed-2021-12-utenriks');
		assert.deepEqual(seed.errors, []);
		assert.equal(seed.accuracy, 1);
		assert.equal(seed.f1, 1);
	});

	/**
	 * Each set kept at the level it reached: its files, the least accuracy and filter F1 allowed, and
	 * for the blind sets written later, the first score, before any rule was changed for the set.
	 */
	const levels: {set: string; count: number; accuracy: number; f1: number; first?: string}[] = [
		{set: 'dev', count: 8, accuracy: 1, f1: 1},
		{set: 'holdout', count: 3, accuracy: 1, f1: 1},
		{set: 'blind3', count: 10, accuracy: 0.99, f1: 0.99},
		{set: 'blind4', count: 8, accuracy: 1, f1: 1},
		{set: 'blind5', count: 8, accuracy: 1, f1: 0.993, first: '93.8 %, 95.3 %'},
		{set: 'blind6', count: 8, accuracy: 1, f1: 1, first: '95.8 %, 97.1 %'},
		{set: 'blind7', count: 8, accuracy: 0.992, f1: 0.984, first: '88.4 %, 90.2 %'},
		{set: 'blind8', count: 8, accuracy: 0.954, f1: 0.972, first: '84.0 %, 85.7 %'},
		{set: 'blind9', count: 8, accuracy: 0.95, f1: 0.957, first: '88.3 %, 91.8 %'},
		{set: 'blind10', count: 8, accuracy: 0.829, f1: 0.882, first: '72.4 %, 78.1 %'},
		{set: 'blind11', count: 8, accuracy: 0.974, f1: 0.969, first: '95.7 %, 95.7 %'},
		{set: 'blind12', count: 8, accuracy: 0.982, f1: 0.993, first: '94.0 %, 96.3 %'},
		{set: 'blind13', count: 8, accuracy: 0.982, f1: 0.974, first: '93.1 %, 92.2 %'},
		{set: 'blind14', count: 8, accuracy: 0.974, f1: 0.979, first: '94.1 %, 95.1 %'},
		{set: 'blind15', count: 8, accuracy: 0.959, f1: 0.97, first: '91.8 %, 94.0 %'},
		{set: 'blind16', count: 8, accuracy: 0.983, f1: 1, first: '91.8 %, 94.8 %'},
		{set: 'blind17', count: 8, accuracy: 1, f1: 0.987, first: '92.7 %, 93.5 %'},
		{set: 'blind18', count: 8, accuracy: 1, f1: 0.993, first: '96.2 %, 96.3 %'},
		{set: 'blind19', count: 8, accuracy: 1, f1: 1, first: '97.1 %, 97.3 %'},
		{set: 'blind20', count: 8, accuracy: 1, f1: 1, first: '99.0 %, 100 %'},
	];
	for (const {set, count, accuracy, f1, first} of levels) {
		const floor = `accuracy >= ${accuracy}, filter F1 >= ${f1}${first ? `; first, unstudied: ${first}` : ''}`;
		it(`keeps ${set} at the level reached (${floor})`, () => {
			const names = Array.from({length: count}, (_, n) => `${set}-${String(n + 1).padStart(2, '0')}`);
			const result = total(set, names.map(score));
			assert.ok(result.accuracy >= accuracy, `${set} accuracy ${result.accuracy}: ${JSON.stringify(result.errors)}`);
			assert.ok(result.f1 >= f1, `${set} filter F1 ${result.f1}`);
		});
	}

	it('scores a wrong attribution as wrong (the scorer is not a tautology)', () => {
		const gold: Gold = {
			file: 'x',
			paragraphs: [
				{i: 0, kind: 'quote', speaker: 'Kari Lie', accept: []},
				{i: 1, kind: 'text', speaker: null, accept: []},
			],
			speakers: {'Kari Lie': ['Lie'], 'Ola Lie': []},
		};
		const right = scoreArticle('x', gold, [['Lie'], []]);
		assert.equal(right.accuracy, 1);
		const wrong = scoreArticle('x', gold, [['Ola Lie'], ['Kari Lie']]);
		assert.equal(wrong.accuracy, 0);
		assert.equal(wrong.tp, 0);
		// Kari's filter misses #0 and wrongly shows #1; Ola's filter wrongly shows #0.
		assert.equal(wrong.fp, 2);
		assert.equal(wrong.fn, 1);
	});
});

describe('language rules (made-up sentences)', () => {
	it('attributes a quote to the name after the speech verb (Bokmål, past tense)', () => {
		assert.deepEqual(mains('– Vi gir oss ikke, sa Torstein Valle etter kampen.'), ['Torstein Valle']);
	});

	it('attributes after "!" and "?" and handles Nynorsk verbs and pronouns', () => {
		const result = mains(
			'Bonde Gudrun Heggem har mista fire lam.',
			'– Kven skal betale for dette? spør Heggem.',
			'– Det er heilt uhøyrt! seier ho.',
			'– Vi må få svar, meiner ho.',
		);
		assert.deepEqual(result, ['', 'Gudrun Heggem', 'Gudrun Heggem', 'Gudrun Heggem']);
	});

	it('reads split particle verbs ("legger han til", "føyer rektoren til")', () => {
		const result = mains(
			'Rektor Paul Strand skriver i en e-post at skolen stenger.',
			'– Vi har ikke noe valg, føyer rektoren til.',
			'– Det er trist, legger han til.',
		);
		assert.deepEqual(result, ['Paul Strand', 'Paul Strand', 'Paul Strand']);
	});

	it('reads verb-first attribution after a fronted phrase ("Til NTB sier X at")', () => {
		assert.deepEqual(mains('Til NTB sier økonom Vilde Ramstad at prisene vil stige.'), ['Vilde Ramstad']);
	});

	it('reads indirect speech with the subject first', () => {
		assert.deepEqual(mains('Kjell Aune er ny leder i laget.', 'Aune hevder samtidig at kassen er tom.'), [
			'',
			'Kjell Aune',
		]);
		assert.deepEqual(mains('Lege Siv Brun er bekymret. Hun frykter at køene vokser.'), ['Siv Brun']);
	});

	it('takes "ifølge"/"ifølgje" sources anywhere in the sentence, genitive included', () => {
		assert.deepEqual(mains('Prisene steg kraftig i fjor, ifølge SSBs tall.'), ['SSB']);
		assert.deepEqual(mains('Ifølgje Statens vegvesen er vegen stengd.'), ['Statens vegvesen']);
		assert.deepEqual(mains('Skolen må kutte, ifølge ukrainske myndigheter.'), ['ukrainske myndigheter']);
	});

	it('does not take a genitive owner as the speaker', () => {
		assert.deepEqual(mains('Larsens nye rådgiver, Mona Fidje, sier at saken er avgjort.'), ['Mona Fidje']);
	});

	it('does not take "til NTB"/"overfor VG" as the speaker', () => {
		const result = attribute(
			'Leder Åse Nordby bekrefter overfor VG at hun går av.',
			'– Det er på tide, sier Nordby til NTB.',
		);
		assert.deepEqual(result.byBlock, [['Åse Nordby'], ['Åse Nordby']]);
	});

	it('resolves a pronoun to the right earlier person by gender', () => {
		const result = mains(
			'Ordfører Alex Moe og rektor Robin Sæle møtte pressen.',
			'– Vi er lettet, sier Moe.',
			'– Dette tok tid, sier Sæle.',
			'Hun understreker at ingen blir sagt opp.',
		);
		// No gender known (given names that say none, no "han"/"hun" yet): the most recent subject wins…
		assert.equal(result[3], 'Robin Sæle');
		// …while a common given name carries gender ("Trine", "Espen").
		const named = mains(
			'Ordfører Trine Moe og rektor Espen Sæle møtte pressen.',
			'– Vi er lettet, sier Moe.',
			'– Dette tok tid, sier Sæle.',
			'Hun understreker at ingen blir sagt opp.',
		);
		assert.equal(named[3], 'Trine Moe');
		const gendered = mains(
			'Ordfører Trine Moe kom sent. Hun hadde vært i Oslo.',
			'Rektor Espen Sæle kom først. Han hadde ventet lenge.',
			'– Vi er lettet, sier Sæle.',
			'Hun understreker at ingen blir sagt opp.',
		);
		// …but once Moe is known as "hun" and Sæle as "han", "hun" goes back to her.
		assert.equal(gendered[3], 'Trine Moe');
		// A title can carry gender too ("talsmann", "rådmann").
		const titled = mains(
			'Ordfører Trine Moe og talsmann Espen Sæle møtte pressen.',
			'– Vi er lettet, sier Moe.',
			'– Dette tok tid, sier Sæle.',
			'Hun understreker at ingen blir sagt opp.',
		);
		assert.equal(titled[3], 'Trine Moe');
	});

	it('resolves a bare title to the person introduced with it', () => {
		const result = mains(
			'Helseminister Karl Otto Lien (KrF) besøkte sykehuset.',
			'Fagforeningen er kritisk til kuttene.',
			'Helseministeren avviser at det blir færre senger.',
		);
		assert.equal(result[2], 'Karl Otto Lien');
	});

	it('continues the previous speaker in an unattributed quote', () => {
		const result = mains('– Vi er klare, sier trener Ole Brun.', '– Laget har trent godt hele uka.');
		assert.deepEqual(result, ['Ole Brun', 'Ole Brun']);
	});

	it('gives an unattributed quote to the speaker named in the next paragraph ("Det sier X til NTB.")', () => {
		const result = mains(
			'– Jeg har aldri sett noe lignende, sier brannsjef Nils Haug.',
			'– Vannet kom på få minutter.',
			'Det sier beboer Randi Hovde til NTB.',
		);
		assert.deepEqual(result, ['Nils Haug', 'Randi Hovde', 'Randi Hovde']);
	});

	it('gives the quotes after a lead-in colon to its speaker', () => {
		const result = mains(
			'– Dette er alvorlig, sier politiker Ivar Fossli.',
			'Da NTB spurte om budsjettet, svarte finansrådgiver Hege Lunde slik:',
			'– Pengene er brukt opp.',
		);
		assert.deepEqual(result, ['Ivar Fossli', 'Hege Lunde', 'Hege Lunde']);
	});

	it('does not read the Bokmål noun "seier" (victory) as a verb', () => {
		assert.deepEqual(mains('Laget tok sin første seier på to måneder mot Brann.'), ['']);
		assert.deepEqual(mains('– Vi trengte en seier nå, sier Brann-trener Ida Fjeld.'), ['Ida Fjeld']);
	});

	it('gives a journalist question no speaker', () => {
		const result = attribute(
			'– Vi er fornøyde, sier daglig leder Arne Vik.',
			'– Vil du søke om mer penger?',
			'– Nei, svarer Vik.',
		);
		assert.deepEqual(result.byBlock, [['Arne Vik'], [], ['Arne Vik']]);
	});

	it('ignores names inside the quote', () => {
		const result = mains('– Jeg har snakket med Jonas Berntsen om dette, og han er enig, sier Elin Sande.');
		assert.deepEqual(result, ['Elin Sande']);
	});

	it('treats headings and narration as speakerless', () => {
		const result = attribute(
			'Nytt bygg på Lade',
			'Byggingen starter i mai og skal være ferdig om to år.',
			'Kommunen har satt av 300 millioner kroner.',
		);
		assert.deepEqual(result.byBlock, [[], [], []]);
	});

	it('lists speakers with the fullest name, aliases, role and kind', () => {
		const result = attribute(
			'– Vi stenger, sier Holm.',
			'Det bekrefter kommunalsjef Berit Holm overfor NTB.',
			'Det opplyste politiet torsdag.',
		);
		const holm = result.speakers.find(speaker => speaker.name === 'Berit Holm');
		assert.ok(holm, JSON.stringify(result.speakers));
		assert.ok(holm.aliases.includes('Holm'));
		assert.equal(holm.role, 'kommunalsjef');
		assert.equal(holm.kind, 'person');
		const police = result.speakers.find(speaker => speaker.name === 'politiet');
		assert.equal(police?.kind, 'organisation');
	});
});

describe('language rules for wire copy (made-up sentences)', () => {
	it('reads multi-word speech verbs only with their particle ("viser til", "tar til orde for")', () => {
		assert.deepEqual(mains('Økonom Randi Sæbø viser til at lånene er dyrere enn før.'), ['Randi Sæbø']);
		assert.deepEqual(mains('Rådgiver Tor Eik viste også til at fristen er ute.'), ['Tor Eik']);
		assert.deepEqual(mains('Ekspert Gro Lind trekker fram at byggingen er forsinket.'), ['Gro Lind']);
		assert.deepEqual(mains('Leder Kai Breen tok til orde for en ny ordning.'), ['Kai Breen']);
		assert.deepEqual(mains('Sjef Eli Moen gjør det klart at ingen mister jobben.'), ['Eli Moen']);
		assert.deepEqual(mains('Forsker Ida Solli legger vekt på at funnene er usikre.'), ['Ida Solli']);
		assert.deepEqual(mains('I brevet peikar rektor Nils Aas på at skulen manglar lærarar.'), ['Nils Aas']);
		assert.deepEqual(mains('Ola Brekke går inn for å stenge vegen om natta.'), ['Ola Brekke']);
		// Without the particle the verb is no verb of saying.
		assert.deepEqual(mains('Det viser en ny rapport fra Kystverket.'), ['']);
		assert.deepEqual(mains('Tallene viser at færre tar bussen.'), ['']);
	});

	it('knows more reporting verbs, Bokmål and Nynorsk, present and past', () => {
		assert.deepEqual(mains('Direktør Åse Fjeld poengterer at avtalen er midlertidig.'), ['Åse Fjeld']);
		assert.deepEqual(mains('Direktør Åse Fjeld framhevde at avtalen er midlertidig.'), ['Åse Fjeld']);
		assert.deepEqual(mains('Naboen Leif Tangen påstår at han så bilen.'), ['Leif Tangen']);
		assert.deepEqual(mains('Lærar Synnøve Rud meiner at timane er for få.'), ['Synnøve Rud']);
		assert.deepEqual(mains('Lærar Synnøve Rud fortel at ho har slutta.'), ['Synnøve Rud']);
		assert.deepEqual(mains('Lege Synnøve Rud åtvarar mot å bade i elva.'), ['Synnøve Rud']);
		assert.deepEqual(mains('Synnøve Rud skriv i ei melding at ho er nøgd.'), ['Synnøve Rud']);
	});

	it('does not take the object of a participle after an auxiliary as a subject ("har advart Sverige mot")', () => {
		assert.deepEqual(mains('Finland har på sin side advart Sverige mot å vente.'), ['']);
		assert.deepEqual(mains('Laget har lenge kritisert Forbundet for prisene.'), ['']);
	});

	it('handles the NTB attribution patterns', () => {
		assert.deepEqual(mains('Pressevakt Jon Hauge opplyser til NTB at brannen er slukket.'), ['Jon Hauge']);
		assert.deepEqual(mains('– Vi er overrasket, sier Stine Holm i en e-post til NTB.'), ['Stine Holm']);
		assert.deepEqual(mains('Konsernsjef Arild Tveit skriver i en pressemelding at fabrikken stenger.'), ['Arild Tveit']);
		assert.deepEqual(mains('– Vi må kutte, sier leder Hanne Dal i Handel og Kontor.'), ['Hanne Dal']);
		assert.deepEqual(mains('– Hvem skal betale for dette? spør Hanne Dal.'), ['Hanne Dal']);
		assert.deepEqual(mains('Lensmann Odd Rise stengte vegen.', 'Det bekrefter Rise overfor NTB.'), ['', 'Odd Rise']);
		assert.deepEqual(mains('– Vi har ikke noe valg, het det i en uttalelse fra Nordfisk Holding.'), ['Nordfisk Holding']);
		assert.deepEqual(mains('Prisene går opp, ifølge en pressemelding fra Norsk Gjødsel.'), ['Norsk Gjødsel']);
		assert.deepEqual(mains('– Vi stengjer anlegget, heiter det i ei fråsegn frå Fjordmeieriet.'), ['Fjordmeieriet']);
		assert.deepEqual(mains('Ifølgje eit brev frå Vegvesenet blir brua stengd.'), ['Vegvesenet']);
		assert.deepEqual(mains('Sauebonde Brit Haug er sint.', '– Dette er ikkje greitt, seier ho.'), ['', 'Brit Haug']);
	});

	it('attributes to an unnamed person ("sa 52-åringen", "den tiltalte", "kvinnen") and continues with a pronoun', () => {
		const result = mains(
			'– Jeg visste ikke hva jeg gjorde, sa 52-åringen i lagmannsretten.',
			'Han forklarte at han hadde drukket hele dagen.',
		);
		assert.deepEqual(result, ['52-åringen', '52-åringen']);
		assert.deepEqual(mains('– Jeg angrer ingenting, sa den tiltalte.'), ['den tiltalte']);
		assert.deepEqual(mains('Kvinnen ble reddet av naboer.', '– Jeg var heldig, sier kvinnen.'), ['', 'kvinnen']);
	});

	it('reads a bare title as a reference to the person introduced with it ("Aktor viste til")', () => {
		const result = mains(
			'Aktor, politiadvokat Siri Brekke, la fram bevisene.',
			'Retten ble satt klokka ni.',
			'Aktor viste også til at pengene aldri ble funnet.',
		);
		assert.deepEqual(result, ['', '', 'Siri Brekke']);
		// A wider title refers back too: "statsråden" to a minister, "forskeren" to a professor.
		assert.deepEqual(mains('Fiskeriminister Odd Vangen (Sp) var i Bodø.', '– Vi lytter, sa statsråden.'), ['', 'Odd Vangen']);
		assert.deepEqual(mains('Professor Liv Hegg leder prosjektet.', 'Forskeren understreker at tallene er usikre.'), ['', 'Liv Hegg']);
		// A bare title that fits nobody in the article is nobody.
		assert.deepEqual(mains('Dommer sier at saken er klar.'), ['']);
	});

	it('skips a relative clause and an affiliation with a place between the name and the verb', () => {
		assert.deepEqual(mains('Advokat Pål Krog, som forsvarer 41-åringen, sier at klienten nekter.'), ['Pål Krog']);
		assert.deepEqual(
			mains('Forsker Kine Mo ved Universitetet i Tromsø, som ikke deltok i arbeidet, mener resultatet er solid.'),
			['Kine Mo'],
		);
	});

	it('does not give a bare common noun ("klubben", "selskapet") as a speaker unless it names an organisation of the article', () => {
		assert.deepEqual(mains('Spissen ble solgt i vinter. Klubben bekreftet salget fredag.'), ['']);
		assert.deepEqual(
			mains('Rederiet Havbris Shipping la fram tallene tirsdag.', 'Rederiet opplyser at flere skip skal selges.'),
			['', 'Rederiet Havbris Shipping'],
		);
		assert.deepEqual(mains('Politiet opplyser at to personer er pågrepet.'), ['politiet']);
	});

	it('resolves a pronoun to the person the paragraph just before introduced, not to an earlier quote after a colon', () => {
		const result = mains(
			'Etter møtet seier Per Lid at han er skuffa. Han legg til:',
			'– Vi har ikkje fått svar på noko.',
			'Arne Voll seier til lokalavisa at han vil klage.',
			'– Vi kjem ikkje til å gi oss, seier han.',
		);
		assert.deepEqual(result, ['Per Lid', 'Per Lid', 'Arne Voll', 'Arne Voll']);
	});

	it('does not end a quote at "Det mener jeg"; only at "Det sier X"', () => {
		const result = mains('– Vi er klare, sier trener Ole Brun.', '– Vi har trent godt. Det mener jeg er viktig.');
		assert.deepEqual(result, ['Ole Brun', 'Ole Brun']);
	});

	it('reads a title that looks like an organisation noun as a title ("Forsvarer Tom Lie")', () => {
		const result = attribute('Forsvarer Jens Holt sier at klienten er uskyldig.');
		assert.deepEqual(result.byBlock, [['Jens Holt']]);
		assert.equal(result.speakers[0]?.kind, 'person');
	});

	it('takes the role from the title phrase next to the name', () => {
		const role = (text: string, name: string) => attribute(text).speakers.find(speaker => speaker.name === name)?.role;
		assert.equal(role('Onsdag møtte Sveriges statsminister Eva Berg pressen. Hun sier at alt går bra.', 'Eva Berg'), 'Sveriges statsminister');
		assert.equal(role('Forsvareren, advokat Knut Fry, sier at dommen ankes.', 'Knut Fry'), 'advokat');
		assert.equal(role('Bankens sjeføkonom, Lise Fure, mener renta topper seg.', 'Lise Fure'), 'Bankens sjeføkonom');
	});
});

describe('language rules, third round (made-up sentences)', () => {
	it('reads a lead-in ending with a colon before a quote as its subject\'s words, also with an apposition after "av"', () => {
		const result = mains(
			'Styrelederen i laget, advokat Frida Lund ved kontoret i Bodø, var klar i talen sin:',
			'– Vi gir oss ikke.',
			'Rapporten ble lagt fram i går.',
		);
		assert.deepEqual(result, ['Frida Lund', 'Frida Lund', '']);
		assert.deepEqual(
			mains('Lederen av nemnda, professor Oda Vik, la fram funnene slik:', '– Tallene er klare.'),
			['Oda Vik', 'Oda Vik'],
		);
		// Narration ending with a colon but with no person as subject stays speakerless.
		assert.deepEqual(mains('Dette er tallene:', '– Ti prosent.'), ['', '']);
	});

	it('knows "begrunner" and "er (ikke) enig/uenig" (Bokmål and Nynorsk) as stated views', () => {
		assert.deepEqual(mains('Direktør Per Vold begrunner kuttet med lavere inntekter.'), ['Per Vold']);
		assert.deepEqual(mains('Daglig leder Kari Ås er ikke enig med forbundet i dette.'), ['Kari Ås']);
		assert.deepEqual(mains('Ordførar Liv Bø var ueinig i vedtaket.'), ['Liv Bø']);
		// "er" alone says nothing.
		assert.deepEqual(mains('Direktør Per Vold er i Oslo i dag.'), ['']);
	});

	it('skips a relative clause after an apposition ("Leiaren, X, som …, seier")', () => {
		assert.deepEqual(mains('Leiaren i laget, Ola Brekk, som sjølv har spelt i tjue år, seier at banen må rustast opp.'), ['Ola Brekk']);
	});

	it('knows trades such as "fotografen" as person titles', () => {
		const result = mains(
			'Fotografen forklarte seg for retten i går. Han sa at han sto på fortauet.',
			'Kokken Eva Strøm (40) sier at hun aldri har sett ham før.',
		);
		assert.deepEqual(result, ['fotografen', 'Eva Strøm']);
	});

	it('registers the subject after a fronted adverbial and the verb for later pronouns', () => {
		const result = mains(
			'Direktør Anne Lie sier at tallene er gode.',
			'Torsdag la sjefsøkonom Mona Li fram nye tall. Hun sier at renten går ned.',
		);
		assert.deepEqual(result, ['Anne Lie', 'Mona Li']);
		const nynorsk = mains(
			'Rektor Ivar Sund seier at skulen er trygg.',
			'I går kveld kom forskar Kari Dahl til bygda. Ho meiner at vegen er farleg.',
		);
		assert.deepEqual(nynorsk, ['Ivar Sund', 'Kari Dahl']);
	});

	it('introduces an unnamed person with the indefinite article ("en kvinne", "ei jente")', () => {
		const result = mains(
			'Politimester Tor Ek sier at saken er alvorlig.',
			'Utenfor butikken står en kvinne med en hund. Hun vil ikke si navnet sitt, men forteller at hun så brannen.',
			'– Det var skremmende, sier kvinnen.',
		);
		assert.deepEqual(result, ['Tor Ek', 'kvinnen', 'kvinnen']);
		assert.deepEqual(mains('Ved bussen står ei eldre jente. Ho fortel at bussen var sein.'), ['jenta']);
		assert.deepEqual(mains('En 17 år gammel gutt ble stanset i går. Han sier at han ikke visste om forbudet.'), ['gutten']);
	});

	it('resolves "hun"/"han" by common given names', () => {
		const result = mains(
			'Forsker Ingrid Lunde og kollegaen Jonas Brun har regnet på saken.',
			'– Tallene overrasket oss, sier hun.',
			'– Vi må regne mer, sier han.',
		);
		assert.deepEqual(result.slice(1), ['Ingrid Lunde', 'Jonas Brun']);
	});

	it('reads a nationality noun as the person introduced with the nationality adjective', () => {
		const result = mains(
			'Svenske Elin Berg vant, mens tyske Max Vogel ble nummer to.',
			'– Det var en fin dag, sa svensken.',
			'– Jeg er skuffet, sier tyskeren til NRK.',
		);
		assert.deepEqual(result, ['', 'Elin Berg', 'Max Vogel']);
	});

	it('reads the perfect tense of verbs of saying ("har uttalt at", "Det har X sagt")', () => {
		assert.deepEqual(mains('Statsminister Kari Lie har uttalt at skatten skal ned.'), ['Kari Lie']);
		assert.deepEqual(mains('Fagsjef Ola Berg har tidligere sagt til NTB at avgiften må opp.'), ['Ola Berg']);
		assert.deepEqual(mains('Det har Ola Berg skrevet i et innlegg.'), ['Ola Berg']);
		assert.deepEqual(mains('Ordførar Siri Nes har òg skrive i eit innlegg at skulen skal bestå.'), ['Siri Nes']);
		// A participle alone is no finite verb of saying; "si opp" is to dismiss or resign.
		assert.deepEqual(mains('Det som er sagt i møtet, er hemmelig.'), ['']);
		assert.deepEqual(mains('Klubben Fjordby IL har sagt opp treneren.', 'Direktør Kari Ek sa opp jobben i fjor.'), ['', '']);
	});

	it('keeps the capital of a public body\'s short name at a sentence start ("Vegvesenet seier")', () => {
		assert.deepEqual(attribute('Vegvesenet seier at vegen blir stengd.').byBlock, [['Vegvesenet']]);
		assert.deepEqual(attribute('Mattilsynet opplyser at ingen er syke.').byBlock, [['Mattilsynet']]);
		// A common noun stays lower-case.
		assert.deepEqual(attribute('Politiet opplyser at ingen er skadd.').byBlock, [['politiet']]);
	});

	it('relates a wider organisation noun to the type noun an organisation was introduced with', () => {
		assert.deepEqual(
			mains('I fjor kjøpte rederiet Havbris Shipping to nye skip.', '– Vi er godt fornøyde, sier selskapet.'),
			['', 'Havbris Shipping'],
		);
		assert.deepEqual(mains('Det melder konsernet Nordlandsbruk.', 'Bedriften opplyser at ingen mister jobben.'), [
			'Nordlandsbruk',
			'Nordlandsbruk',
		]);
	});
});

describe('robustness', () => {
	const words = [
		'sier', 'seier', 'sa', 'la', 'til', 'ifølge', 'ifølgje', 'Det', 'Han', 'hun', 'ho', 'og', '–', ',', '.', ':', '?', '!',
		'(Ap)', '«', '»', 'NTB', 'NTBs', 'Kari', 'Lie', 'Sergej', 'Lavrovs', 'statsministeren', 'politiet', 'Begge', 'Den',
		'russiske', 'ambassaden', 'i', 'Oslo', 'legger', 'føyer', 'Norsk', 'teater-',
	];
	const text = fc.oneof(
		fc.string(),
		fc.string({unit: 'binary'}),
		fc.array(fc.constantFrom(...words), {maxLength: 40}).map(list => list.join(' ')),
	);
	const block = fc.record({kind: fc.constantFrom('heading', 'quote', 'text'), text}) as fc.Arbitrary<Block>;

	it('never throws and returns one entry per block', () => {
		fc.assert(
			fc.property(fc.array(block, {maxLength: 25}), blocks => {
				const result = attributeBlocksStrict(blocks);
				assert.equal(result.byBlock.length, blocks.length);
				blocks.forEach((b, index) => {
					if (b.kind === 'heading') assert.deepEqual(result.byBlock[index], []);
				});
				for (const list of result.byBlock) {
					for (const name of list) assert.ok(result.speakers.some(speaker => speaker.name === name));
				}
			}),
			{numRuns: 500},
		);
	});

	// No timing assertions here (speed is measured by bench/attribution-speed.ts and npm run bench);
	// a quadratic or catastrophic path would run past the test timeout.
	it('attributes 8,000 paragraphs, one entry each', {timeout: 30_000}, () => {
		const seed = parseArticle(readFileSync(join(fixtures, 'dev-01.txt'), 'utf8')).blocks;
		const blocks: Block[] = [];
		while (blocks.length < 8000) blocks.push(...seed);
		const result = attributeBlocks(blocks);
		assert.equal(result.byBlock.length, blocks.length);
	});

	it('handles one huge paragraph', {timeout: 30_000}, () => {
		const huge = '– ' + Array.from({length: 100_000}, (_, i) => words[(i * 7919) % words.length]).join(' ');
		const result = attributeBlocks([{kind: 'quote', text: huge}, {kind: 'text', text: huge.slice(2)}]);
		assert.equal(result.byBlock.length, 2);
	});
});

/** Runs attributeIncrementally to the end; returns the result and the values it yielded. */
function runIncrementally(blocks: readonly Block[], budgetMs?: number): {result: Attribution; yields: number[]} {
	const steps = attributeIncrementally(blocks, budgetMs);
	const yields: number[] = [];
	for (;;) {
		const step = steps.next();
		if (step.done) return {result: step.value, yields};
		yields.push(step.value);
	}
}

describe('incremental attribution', () => {
	const tinyBudget = 0.000_001;

	it('gives the same result as attributeBlocks on every fixture', () => {
		for (const file of readdirSync(fixtures).filter(name => name.endsWith('.txt'))) {
			const text = readFileSync(join(fixtures, file), 'utf8');
			for (const blocks of [splitBlocks(text).blocks, parseArticle(text).blocks]) {
				assert.deepEqual(runIncrementally(blocks, tinyBudget).result, attributeBlocks(blocks), file);
				assert.deepEqual(runIncrementally(blocks).result, attributeBlocks(blocks), file);
			}
		}
	});

	it('gives the same result on a long article while yielding many times, with progress that only grows', () => {
		const {blocks} = splitBlocks(longArticle(seedArticle(), 40));
		const {result, yields} = runIncrementally(blocks, tinyBudget);
		assert.deepEqual(result, attributeBlocks(blocks));
		assert.ok(yields.length >= 20, `yielded ${yields.length} times`);
		for (let k = 1; k < yields.length; k++) assert.ok(yields[k]! >= yields[k - 1]!);
		assert.ok(yields.every(done => done >= 0 && done < blocks.length));
		assert.ok(yields.some(done => done > 0));
	});

	it('does the whole job in one step with an unlimited budget', () => {
		const {blocks} = splitBlocks(longArticle(seedArticle(), 10));
		assert.equal(runIncrementally(blocks, Number.POSITIVE_INFINITY).yields.length, 0);
	});

	it('never throws, and matches the strict run on random input', () => {
		const text = fc.oneof(
			fc.string(),
			fc.array(fc.constantFrom('sier', 'Kari', 'Lie', 'Han', '–', ',', '.', '«', '»', 'ifølge', 'NTB', 'og'), {maxLength: 30}).map(list => list.join(' ')),
		);
		const block = fc.record({kind: fc.constantFrom('heading', 'quote', 'text'), text}) as fc.Arbitrary<Block>;
		fc.assert(
			fc.property(fc.array(block, {maxLength: 200}), blocks => {
				assert.deepEqual(runIncrementally(blocks, tinyBudget).result, attributeBlocksStrict(blocks));
			}),
			{numRuns: 100},
		);
	});

	it('on an internal error, keeps what is done and gives the remaining blocks no speakers', () => {
		const {blocks} = splitBlocks(longArticle(seedArticle(), 10));
		const failAt = 150;
		const broken: Block[] = blocks.map((block, index) =>
			index === failAt
				? {
						text: block.text,
						get kind(): Block['kind'] {
							throw new Error('broken block');
						},
					}
				: block,
		);
		for (const budget of [tinyBudget, Number.POSITIVE_INFINITY]) {
			const {result} = runIncrementally(broken, budget);
			assert.equal(result.byBlock.length, blocks.length);
			assert.ok(result.byBlock.slice(failAt).every(list => list.length === 0));
			assert.ok(result.byBlock.slice(0, failAt).some(list => list.length > 0));
			for (const list of result.byBlock) for (const name of list) assert.ok(result.speakers.some(speaker => speaker.name === name));
		}
		assert.deepEqual(attributeBlocks(broken).byBlock.slice(failAt), blocks.slice(failAt).map(() => []));
		// A failure before attribution starts (reading the text) gives every block no speakers.
		const unreadable = [...blocks];
		unreadable[3] = {
			kind: 'text',
			get text(): string {
				throw new Error('unreadable');
			},
		};
		assert.deepEqual(runIncrementally(unreadable, tinyBudget).result, {byBlock: blocks.map(() => []), speakers: []});
	});
});

describe('language rules, fourth round (made-up sentences)', () => {
	it('reads name particles ("van der", "von", "de") inside a name and at a sentence start', () => {
		const result = mains(
			'– Markedet er nervøst, sier direktør Anna van den Berg i Nordgass til NTB.',
			'Van den Berg mener at prisene vil stige.',
			'Minister Ursula von Halden sier at forslaget kommer i vår.',
			'– Vi er klare, sa ministeren Luis de Almeida.',
		);
		assert.deepEqual(result, ['Anna van den Berg', 'Anna van den Berg', 'Ursula von Halden', 'Luis de Almeida']);
		// "der" opens no particle sequence of its own: "i Bergen der Kari Lund …" keeps the names apart.
		const apart = attribute('I Bergen der Kari Lund bor, sier ordfører Ole Dahl at vegen er stengt.');
		assert.deepEqual(apart.byBlock, [['Ole Dahl']]);
		assert.ok(!apart.speakers.some(speaker => speaker.name.includes('der')));
	});

	it('keeps names with diacritics whole (Á, ñ, ß)', () => {
		const result = mains(
			'Landbruksminister Elena Núñez Ortíz sier at avtalen er god.',
			'– Vi er nøgde, seier reindriftsutøvar Ánde Niillas Buljo.',
			'Kokken Jörg Strauß forteller at restauranten er fullbooket.',
		);
		assert.deepEqual(result, ['Elena Núñez Ortíz', 'Ánde Niillas Buljo', 'Jörg Strauß']);
	});

	it('gives a title with the name after it ("seier leiaren i laget, X.") to the person, not the title', () => {
		const result = mains(
			'– Vi gler oss til sesongen, seier leiaren i idrettslaget, Marit Olsen Aas.',
			'Ho fortel at laget har fått nye medlemar.',
			'Dottera til den avdøde, Sofie Lien, seier til avisa at familien er takksam.',
		);
		assert.deepEqual(result, ['Marit Olsen Aas', 'Marit Olsen Aas', 'Sofie Lien']);
	});

	it('reads organisation names with "i" and a two-part region, and "Det internasjonale …forbundet"', () => {
		assert.deepEqual(mains('Politiet i Sogn og Fjordane ber folk holde seg hjemme.'), ['politiet i Sogn og Fjordane']);
		assert.deepEqual(mains('Statsforvaltaren i Vestland meiner kommunen må rette feilen.'), ['statsforvaltaren i Vestland']);
		assert.deepEqual(mains('Leder Per Moe i Fjellvennene i Møre og Romsdal mener stien må stenges.'), ['Per Moe']);
		const world = attribute('Det internasjonale skiforbundet (FIS) opplyser at rennet går som planlagt.', 'FIS sier at snøen er god.');
		assert.deepEqual(world.byBlock, [['Det internasjonale skiforbundet'], ['Det internasjonale skiforbundet']]);
		// "det nye selskapet" still refers back; it names no organisation of its own.
		assert.deepEqual(mains('Det nye selskapet opplyser at det vil ansette flere.'), ['']);
	});

	it('introduces unnamed people with the indefinite article and a title or person noun', () => {
		const result = mains(
			'Ordfører Eva Lund sier at kommunen følger med.',
			'En nabo, som har bodd i gata i 30 år, er bekymret.',
			'– Jeg har aldri sett noe lignende, sier han.',
			'En sykepleier ved et sykehjem i Drammen sier til NTB at hun er sliten.',
			'– Vi trenger flere hender, sier sykepleieren.',
		);
		assert.deepEqual(result, ['Eva Lund', '', 'en nabo', 'en sykepleier', 'en sykepleier']);
		const nynorsk = mains(
			'Rektor Ola Vik seier at skulen er open.',
			'Ein av dei tilsette, ei kvinne i 40-åra frå Voss, fortel at ho er uroa.',
			'– Vi har for lite folk, seier ho.',
			'Ein tidlegare tilsett seier at leiinga visste om problemet.',
		);
		assert.deepEqual(nynorsk, ['Ola Vik', 'ein av dei tilsette', 'ein av dei tilsette', 'ein tidlegare tilsett']);
		// A nameless spokesperson speaks for an organisation, not as an unnamed person.
		assert.deepEqual(mains('En talsperson sier til NTB at saken vurderes.'), ['']);
	});

	it('gives a quote to the person the paragraph before is about when no one speaks there', () => {
		const result = mains(
			'Professor Nils Berg sier at tallene er tydelige.',
			'Sara (16) går på videregående i Molde. Hun kjenner seg igjen.',
			'– Alle er slitne hele tiden.',
			'Hun forteller at hun sover for lite.',
		);
		assert.deepEqual(result, ['Nils Berg', '', 'Sara', 'Sara']);
	});

	it('makes a name after a determiner and a title ("Den svenske treneren X var …") the subject for later pronouns', () => {
		const result = mains(
			'Keeper Ole Brun sier at kampen var tøff.',
			'Den svenske treneren Lars Nyqvist var misfornøyd. Han mente dommeren gjorde feil.',
			'– Det var straffe, sa han.',
		);
		assert.deepEqual(result, ['Ole Brun', 'Lars Nyqvist', 'Lars Nyqvist']);
	});

	it('treats a lone short question before an answer as the journalist\'s', () => {
		const result = mains('– Vi har vunne, seier trenar Kari Dale.', '– Kva no?', '– No skal vi feire, seier Dale.');
		assert.deepEqual(result, ['Kari Dale', '', 'Kari Dale']);
	});

	it('reads a relative clause after a named organisation ("X, som i en uttalelse skriver at")', () => {
		const result = mains('Forslaget får støtte av Norsk Pasientforening, som i ei fråsegn skriv at det er på tide.');
		assert.deepEqual(result, ['Norsk Pasientforening']);
		assert.deepEqual(mains('Han møtte Ola Nordmann, som sier at han er fornøyd.'), ['Ola Nordmann']);
	});

	it('reads "kalte X «…»", a broadcaster\'s division, "Sametinget", "selskapet" for an AS and a noun for an acronym', () => {
		assert.deepEqual(mains('Finansminister Liv Dahl kalte budsjettet «et løft for hele landet».'), ['Liv Dahl']);
		assert.deepEqual(mains('Finansminister Liv Dahl kalte inn til møte.'), ['']);
		assert.deepEqual(mains('Vegen blir stengd i to veker, melder NRK Troms.'), ['NRK Troms']);
		assert.deepEqual(mains('Stortinget skriver i en uttalelse at saken er viktig.'), ['Stortinget']);
		const firm = mains('Byggefirmaet fikk ikke medhold. Det var Nordbygg AS som klaget.', 'Ifølge selskapet er tapet stort.');
		assert.deepEqual(firm, ['', 'Nordbygg AS']);
		const acronym = mains('Også LO er skeptisk. Arbeidstakerorganisasjonen har lenge pekt på at lønningene er for lave.');
		assert.deepEqual(acronym, ['LO']);
	});
});

describe('language rules, fifth round (made-up sentences)', () => {
	it('resolves a nationality noun with no adjective before it to the person just written about', () => {
		const result = mains(
			'Ajax-trener Henk de Vries var full av lovord om spissen etter kampen.',
			'– Han har vært fantastisk hele høsten, sa nederlenderen ifølge VG.',
		);
		assert.deepEqual(result, ['Henk de Vries', 'Henk de Vries']);
		const nynorsk = mains('Trenar Jesper Holm leia laget for siste gong.', '– Det er trist å reise, sa dansken til TV 2.');
		assert.deepEqual(nynorsk, ['', 'Jesper Holm']);
		// The adjective still decides when the article gives it.
		assert.deepEqual(mains('Finske Mika Laine vant foran Ola Dahl.', '– Jeg hadde gode ski, sa finnen.'), ['', 'Mika Laine']);
	});

	it('gives a verb after "og"/"men" the subject of the first clause, not the object after it', () => {
		assert.deepEqual(mains('Landslagssjef Erik Lindqvist var skuffet over resultatet og mente laget burde vunnet.'), ['Erik Lindqvist']);
		assert.deepEqual(mains('Trener Anna Berg-Hansen var skuffet over kampen og mente dommeren tok feil.'), ['Anna Berg-Hansen']);
		assert.deepEqual(mains('Ordførar Nils Vik var nøgd med vedtaket og meinte det var på tide.'), ['Nils Vik']);
		assert.deepEqual(mains('Kari Lund var kritisk til forslaget og påpekte at det mangler penger.'), ['Kari Lund']);
	});

	it('reads praise and a judgement "i sin vurdering" as stated views', () => {
		assert.deepEqual(mains('Trener Ola Moe var full av lovord om keeperen.'), ['Ola Moe']);
		assert.deepEqual(mains('Sjeføkonom Kari Bakke Lunde i Nordbank er mer forsiktig i sin vurdering.'), ['Kari Bakke Lunde']);
		assert.deepEqual(mains('Leiar Siv Aase i Bondelaget er meir kritisk i si vurdering.'), ['Siv Aase']);
		assert.deepEqual(mains('Analytiker Tom Ness er mer optimistisk i sine anslag.'), ['Tom Ness']);
		// Being in a state is no view of its own.
		assert.deepEqual(mains('Trener Ola Moe var full av energi etter ferien.'), ['']);
		assert.deepEqual(mains('Sjeføkonom Kari Lunde er på ferie i sin hytte.'), ['']);
	});

	it('reads "omtalte X som «…»" and refers back with royal titles and "manager"', () => {
		const result = mains(
			'Sentralbanksjef Ola Strand-Moe la fram rentebeslutningen torsdag.',
			'Strand-Moe tok også opp boligmarkedet, som han omtalte som «overopphetet».',
		);
		assert.deepEqual(result, ['', 'Ola Strand-Moe']);
		assert.deepEqual(mains('Kronprins Haakon besøkte Bodø mandag.', '– Det er fint å være her, sa kronprinsen.'), ['', 'Haakon']);
		assert.deepEqual(mains('Dronning Sonja åpnet utstillingen.', '– Dette er vakkert, sa dronningen.'), ['', 'Sonja']);
		assert.deepEqual(mains('Everton-manager Tom Pryce-Evans ledet laget.', '– Vi må se fremover, sa manageren.'), ['', 'Tom Pryce-Evans']);
	});

	it('reads a cleft sentence ("Det var X som meldte …")', () => {
		assert.deepEqual(mains('Det var Dagbladet som først meldte om saken.'), ['Dagbladet']);
		assert.deepEqual(mains('Det er ordfører Kari Moe som opplyser dette til NTB.'), ['Kari Moe']);
		assert.deepEqual(mains('Det var Kari Hauge som fortalte om hendelsen til NRK.'), ['Kari Hauge']);
		// Only at the start of a sentence.
		assert.deepEqual(mains('Han sa at det var Per som sa det.'), ['']);
	});

	it('reads a fronted capitalised preposition ("Overfor NTB bekrefter X", "Hos Y sier Z")', () => {
		assert.deepEqual(mains('Overfor NTB bekrefter pressevakt Anne Lie at saken er under etterforskning.'), ['Anne Lie']);
		assert.deepEqual(mains('Hos Rema 1000 sier kommunikasjonssjef Per Dahl at prisene settes ned.'), ['Per Dahl']);
	});

	it('keeps a shared first part of a compound inside an organisation name ("Norsk Bonde- og Småbrukarlag")', () => {
		assert.deepEqual(mains('Norsk Bonde- og Småbrukarlag meiner at tilskota er for låge.'), ['Norsk Bonde- og Småbrukarlag']);
		assert.deepEqual(mains('I ei pressemelding skriv Norsk Bonde- og Småbrukarlag at tilskota er for låge.'), ['Norsk Bonde- og Småbrukarlag']);
		assert.deepEqual(mains('I en uttalelse skriver Helse- og omsorgsdepartementet at saken behandles.'), ['Helse- og omsorgsdepartementet']);
	});

	it('reads common wire shapes in Bokmål and Nynorsk', () => {
		const cases: [string, string][] = [
			['– Vi må kutte i driften, sier Lise Holm, som er daglig leder i Fjordbuss.', 'Lise Holm'],
			['Til Dagbladet sier fotballpresident Mona Sæther at forbundet vil anke.', 'Mona Sæther'],
			['– Vi har full kontroll, uttalte politimester Geir Aas under pressekonferansen.', 'Geir Aas'],
			['Ifølge politiadvokat Trine Moe skal mannen ha vært beruset.', 'Trine Moe'],
			['Ordfører Knut Lie opplyser i en SMS til NTB at brua åpner igjen fredag.', 'Knut Lie'],
			['– Dette er ei stor sak for bygda, seier leiaren Marit Haugen.', 'Marit Haugen'],
			['Marit Haugen meiner at kommunen må ta ansvar.', 'Marit Haugen'],
			['Vegen er stengd ifølgje Statens vegvesen.', 'Statens vegvesen'],
			['Ifølgje lensmann Ola Rise er ingen skadde.', 'Ola Rise'],
			['– Vi er glade, skriv kommunedirektør Eva Lid i ein e-post til NTB.', 'Eva Lid'],
			['Advokat Hans Ruud, som forsvarer 45-åringen, sier til VG at klienten nekter straffskyld.', 'Hans Ruud'],
			['Det bekrefter operasjonsleder Jon Vik i Vest politidistrikt overfor NTB.', 'Jon Vik'],
			['Klubbens styreleder, Ivar Lunde, sier at treneren får fortsette.', 'Ivar Lunde'],
			['Statsråd Jonas Brekke sa i Stortinget onsdag at regjeringen vil legge fram en plan.', 'Jonas Brekke'],
			['Forskar Ingrid Aa ved Universitetet i Bergen seier til NRK at funna er oppsiktsvekkjande.', 'Ingrid Aa'],
			['Dette skriver Aftenposten.', 'Aftenposten'],
			['Ifølge NRK skal minst tre personer være skadd.', 'NRK'],
			['Sjefen i Norsk Hydro, Kari Moe, har uttalt at selskapet skal vokse.', 'Kari Moe'],
			['Kommunelege Jens Aas understreket overfor Nettavisen at det ikke er grunn til panikk.', 'Jens Aas'],
			['Generalsekretær Ola Bø sa til NTB at han var overrasket, og la til at organisasjonen vil klage.', 'Ola Bø'],
		];
		for (const [sentence, speaker] of cases) assert.deepEqual(mains(sentence), [speaker], sentence);
		// Declining to comment reports no words (as the gold fixtures read it).
		assert.deepEqual(mains('Helseminister Per Vang vil ikke kommentere saken overfor NTB.'), ['']);
	});
});

describe('language rules, sixth round (made-up sentences)', () => {
	it('keeps the number of a channel or brand name ("TV 2", "NRK P1", "Rema 1000")', () => {
		assert.deepEqual(mains('Tre bygningar brann ned natt til fredag, melder TV 2.'), ['TV 2']);
		assert.deepEqual(mains('TV 2 skriver at to personer er pågrepet.'), ['TV 2']);
		assert.deepEqual(mains('Ifølge TV 2 er brua stengt.'), ['TV 2']);
		assert.deepEqual(mains('Det melder NRK P1 torsdag.'), ['NRK P1']);
		assert.deepEqual(mains('Det opplyser Rema 1000 til NTB.'), ['Rema 1000']);
		assert.deepEqual(mains('Saka vart først omtalt av P4, som melder at fleire er sjuke.'), ['P4']);
		// A score, a date or a year is no part of the name.
		assert.deepEqual(mains('Brann vant 2–1, sier trener Kari Moe.'), ['Kari Moe']);
		assert.deepEqual(mains('Det skjedde i Bergen 2. mai, sa Ola Dahl.'), ['Ola Dahl']);
	});

	it('reads an organisation\'s statement referred to by its type noun, and a describing apposition', () => {
		const result = mains(
			'Butikkjeden Fjellsport Vekst må betale bot etter en dom i tingretten.',
			'Fjellsport Vekst er uenig i dommen og vil anke, skriver selskapet i en pressemelding.',
		);
		assert.deepEqual(result, ['', 'Fjellsport Vekst']);
		assert.deepEqual(mains('Grønn Kraft er skuffa over vedtaket, skriv selskapet i ei fråsegn.'), ['Grønn Kraft']);
		// A person as subject is no organisation.
		assert.deepEqual(mains('Kari Nilsen er skuffet, skriver selskapet.'), ['']);
		assert.deepEqual(mains('Norsk Havbruk, interesseorganisasjonen for oppdrettarane, skriv i ei pressemelding at reglane må endrast.'), ['Norsk Havbruk']);
		assert.deepEqual(mains('Norsk Hydro, selskapet bak anlegget, sier at utslippet er lite.'), ['Norsk Hydro']);
	});

	it('reads a jury, a committee or a board as a source ("ifølgje juryen", "skriver klagenemnda")', () => {
		assert.deepEqual(mains('Ifølgje juryen er filmen «modig og vakker». Han handlar om ein fiskar i nord.'), ['juryen']);
		assert.deepEqual(mains('Ifølge komiteen er vinneren «en stemme for de svake».'), ['komiteen']);
		assert.deepEqual(mains('Klagenemnda skriver i vedtaket at saken må behandles på nytt.'), ['klagenemnda']);
		assert.deepEqual(mains('Juryen sa i sin begrunnelse at boka var modig.'), ['juryen']);
	});

	it('keeps a relative clause\'s speaker on an object out of the subject slot ("brev fra Y, som ber …")', () => {
		const result = mains(
			'Statsråd Lars Eik mener reglene er rimelige.',
			'Eik har fått et brev fra Ola Strand, som ber departementet endre reglene. Han sier at departementet vil svare før jul.',
		);
		assert.deepEqual(result, ['Lars Eik', 'Lars Eik']);
		const nynorsk = mains(
			'Ordførar Kjell Haug meiner vedtaket er rett.',
			'Haug har fått eit brev frå Per Nes, som krev at saka blir teken opp att. Han seier at kommunen vil svare.',
		);
		assert.deepEqual(nynorsk, ['Kjell Haug', 'Kjell Haug']);
		// At the start of the sentence, the antecedent is the subject and the speaker.
		assert.deepEqual(mains('Statens vegvesen, som i en uttalelse skriver at brua er trygg, åpner vegen.'), ['Statens vegvesen']);
	});

	it('reads "fastholder" as a verb of saying (a quote going back to an earlier speaker)', () => {
		const result = mains(
			'Tillitsvalgt Per Olav Nes mener oppsigelsene er ulovlige.',
			'– Vi har avtaler som gjelder, sier han.',
			'Daglig leder Eva Brun sier at bedriften har fulgt reglene.',
			'Bedriften har 120 ansatte og holder til i Moss.',
			'– Dette er ikke greit, fastholder Nes.',
		);
		assert.deepEqual(result, ['Per Olav Nes', 'Per Olav Nes', 'Eva Brun', '', 'Per Olav Nes']);
		assert.deepEqual(mains('– Vi gjorde ingen feil, fastheld rektor Siri Lunde.'), ['Siri Lunde']);
	});
});

describe('language rules, seventh round (made-up sentences)', () => {
	it('reads a title with an affiliation and a workplace before the name ("tillitsvalgt i X ved sykehuset, Y,")', () => {
		assert.deepEqual(mains('Tillitsvalgt i Fagforbundet ved sykehuset, Kari Holm, sier at de er bekymret.'), ['Kari Holm']);
		assert.deepEqual(mains('Verneombod i Fellesforbundet på verftet, Ola Rise, seier at dei er redde.'), ['Ola Rise']);
		const later = mains('Hovudtillitsvald i Fagforbundet ved skulen, Ola Rise, seier at dei er redde.', '– Vi gir oss ikkje, seier hovudtillitsvalden.');
		assert.deepEqual(later, ['Ola Rise', 'Ola Rise']);
	});

	it('reads "title til owner, X," as X ("forsvareren til 22-åringen, advokat X,")', () => {
		assert.deepEqual(mains('Forsvareren til 34-åringen, advokat Berit Dahl, sier at klienten nekter.'), ['Berit Dahl']);
		assert.deepEqual(mains('Treneren til Kari Lie, Per Moe, opplyser at hun er skadet.'), ['Per Moe']);
	});

	it('takes a capitalised organisation compound as a name ("Skiforbundet opplyser"), a bare "forbundet" as a reference', () => {
		assert.deepEqual(mains('Fotballforbundet skriver i en pressemelding at kampen er utsatt.'), ['Fotballforbundet']);
		assert.deepEqual(mains('Kampen er utsatt, opplyser Fotballforbundet.', 'Forbundet mener saken er alvorlig.'), ['Fotballforbundet', 'Fotballforbundet']);
		assert.deepEqual(mains('Forbundet mener saken er alvorlig.'), ['']);
		assert.deepEqual(mains('Justisdepartementet opplyser at saken blir behandlet.'), ['Justisdepartementet']);
	});

	it('hears nothing said in a negated perfect ("har ennå ikke svart"), and the source that reports it', () => {
		assert.deepEqual(mains('Statsråd Eva Berg har ennå ikke svart på brevet, melder NRK.'), ['NRK']);
		assert.deepEqual(mains('Ordføraren har aldri uttalt seg om saka.'), ['']);
		assert.deepEqual(mains('Ordfører Eva Berg har sagt at saka er viktig.'), ['Eva Berg']);
	});
});

describe('language rules, eighth round (made-up sentences)', () => {
	it('gives an unattributed answer after a journalist\'s question to whoever was asked', () => {
		const result = mains('– Vi er fornøyde med året, sier styreleder Kari Dahl.', '– Hva gjør dere nå?', '– Vi venter på svar fra departementet.');
		assert.deepEqual(result, ['Kari Dahl', '', 'Kari Dahl']);
	});

	it('reads an adjective and a noun as a workplace, and a possessive after a relation noun', () => {
		assert.deepEqual(mains('Overlege Kari Holm ved kirurgisk avdeling sier at køen vokser.'), ['Kari Holm']);
		assert.deepEqual(mains('Dattera hennes, Eva Lie, sier at de er lettet.'), ['Eva Lie']);
		assert.deepEqual(mains('Lederen for utvalget, Per Moe, avviser at det er gjort feil.'), ['Per Moe']);
	});

	it('reads a relative clause without a comma before it ("En mann som bor der, forteller")', () => {
		assert.deepEqual(mains('En mann som bor i nærheten, forteller at han hørte et smell.'), ['mannen']);
	});

	it('finds the particle of a particle verb after a short phrase ("legger i en uttalelse til")', () => {
		assert.deepEqual(mains('Kari Lie legger i en uttalelse til at saken er alvorlig.'), ['Kari Lie']);
		// A degree is no phrase of its own: "legger for stor vekt på" states nothing.
		assert.deepEqual(mains('Banken legger for stor vekt på boligprisene.'), ['']);
	});

	it('reads foreign names with particles ("de la", "al-") and their short forms', () => {
		assert.deepEqual(
			mains('Ordfører Ana Lucía García de la Torre sier at byen er klar.', '– Vi er klare, sier García.'),
			['Ana Lucía García de la Torre', 'Ana Lucía García de la Torre'],
		);
		assert.deepEqual(
			mains('Utenriksminister Ahmed Khalil al-Masri sier at grensen er stengt.', '– Grensen er stengt, sa al-Masri.'),
			['Ahmed Khalil al-Masri', 'Ahmed Khalil al-Masri'],
		);
	});

	it('reads a body of an organisation in the genitive ("FNs utviklingsprogram (UNDP)")', () => {
		assert.deepEqual(mains('Ifølge FNs utviklingsprogram (UNDP) er tre millioner rammet.', 'UNDP sier at hjelpen ikke kommer fram.'), [
			'FNs utviklingsprogram',
			'FNs utviklingsprogram',
		]);
		assert.deepEqual(mains('Ifølge NTBs beregninger er prisen doblet.'), ['NTB']);
	});

	it('lets "Ho" find a person named as an object just before ("spela av Kari Lund")', () => {
		assert.deepEqual(mains('Hovudrolla blir spela av 24 år gamle Kari Lund, som debuterer på scena.', 'Ho fortel at ho øvde i eitt år.'), ['', 'Kari Lund']);
	});

	it('takes a family role as the person just written about ("sier trebarnsfaren")', () => {
		assert.deepEqual(mains('Ola Berg har tre barn på skolen.', '– Vi gir oss ikke, sier trebarnsfaren.'), ['', 'Ola Berg']);
	});

	it('hears "humrer", "ler" right after a quote, and nowhere else', () => {
		assert.deepEqual(mains('Ola Dahl har drevet gården i 40 år.', '– Det var kaldere før, humrer han.'), ['', 'Ola Dahl']);
		assert.deepEqual(mains('Ola Dahl ler av spørsmålet.'), ['']);
		assert.deepEqual(mains('– Eg såg alt, sa vitnet.'), ['vitnet']);
	});
});

describe('language rules, ninth round (made-up sentences)', () => {
	it('reads a capitalised modifier before a title ("Tidligere statsminister X", "Fungerende rådmann X")', () => {
		assert.deepEqual(mains('Tidligere statsminister Kari Holm mener det er feil.'), ['Kari Holm']);
		assert.deepEqual(mains('Fungerende rådmann Per Lie sier at budsjettet holder.'), ['Per Lie']);
	});

	it('hears nothing in a declined answer or an approval ("svarte ikke", "sa ja til")', () => {
		assert.deepEqual(mains('Statsråd Eva Berg var til stede, men svarte ikke på spørsmål.'), ['']);
		assert.deepEqual(mains('Bystyret i Sandvik sa torsdag kveld ja til planen.'), ['']);
		assert.deepEqual(mains('– Vi er klare, svarte Eva Berg.'), ['Eva Berg']);
	});

	it('refers to a hospital as "helseforetaket", and skips "særlig" before a particle', () => {
		assert.deepEqual(mains('Sykehuset Nordlys har et underskudd på 90 millioner.', 'Helseforetaket varsler kutt i 40 stillinger.'), ['', 'Sykehuset Nordlys']);
		assert.deepEqual(mains('Forsker Eva Berg peker særlig på at utslippene øker.'), ['Eva Berg']);
	});
});

describe('language rules, tenth round (made-up sentences)', () => {
	it('lets a group of people speak ("Dei tilsette meiner", "Jordmødrene mener")', () => {
		assert.deepEqual(mains('Dei tilsette meiner bemanninga er for låg.'), ['Dei tilsette']);
		assert.deepEqual(mains('Sauebøndene frykter at ulven tar flere lam.'), ['sauebøndene']);
		assert.deepEqual(mains('Naboene reagerte kraftig.'), ['']);
	});

	it('gives "Ho" to the woman of two people named together', () => {
		assert.deepEqual(mains('Ordfører Hilde Skare og kommunalsjefen var på stedet lørdag. Hun sier at alle er trygge.'), ['Hilde Skare']);
	});

	it('gives a quote after a paragraph about the last speaker to that speaker, whichever sentence names them', () => {
		const result = mains('– Vi gir oss ikke, sier Kari Holm, som leder aksjonen.', 'Holm har bodd i bygda i 30 år. I fjor startet hun aksjonen.', '– Vi skal vinne dette.');
		assert.deepEqual(result, ['Kari Holm', '', 'Kari Holm']);
	});

	it('hears a stated feeling about what is the case ("er uroa for at", "er glad for at")', () => {
		assert.deepEqual(mains('Kari Holm er glad for at festivalen vokser.'), ['Kari Holm']);
		assert.deepEqual(mains('Kari Holm er svært bekymret for at skolen legges ned.'), ['Kari Holm']);
		assert.deepEqual(mains('Kari Holm er glad for hjelpa.'), ['']);
	});
});

describe('language rules, eleventh round (made-up sentences)', () => {
	it('reads a mood between the article and the name ("sier en fornøyd Kari Holm")', () => {
		assert.deepEqual(mains('– Vi vant til slutt, sier en fornøyd Kari Holm etter kampen.'), ['Kari Holm']);
		assert.deepEqual(mains('– Vi vant, sier en fornøyd trener.'), ['en fornøyd trener']);
	});

	it('reads a kinship apposition with a clause of its own, and "reagerer på at"', () => {
		assert.deepEqual(mains('Eva Lund, søster av en av de skadde som ble fløyet til Oslo, reagerer på at ingen har ringt familien.'), ['Eva Lund']);
	});

	it('reads a longer owner after a title when an apposition follows ("Forsvareren til den ene av de siktede, advokat X,")', () => {
		assert.deepEqual(mains('Forsvareren til den ene av de tiltalte, advokat Per Moe, sier at klienten nekter.'), ['Per Moe']);
	});

	it('knows Nynorsk past forms ("innrømde", "vedkjende")', () => {
		assert.deepEqual(mains('Ordførar Eirik Dale innrømde at resultatet var svakt.'), ['Eirik Dale']);
	});
});

describe('language rules, twelfth round (made-up sentences)', () => {
	it('reads an office between commas after the name ("Kari Holm, leder i X, sier")', () => {
		assert.deepEqual(mains('Kari Holm, leder i Fjellvennene, sier at stien må stenges.'), ['Kari Holm']);
		assert.deepEqual(mains('Eva Lie (Sp), ordførar i Dalen kommune, åtvarar folk mot å køyre.'), ['Eva Lie']);
		assert.deepEqual(mains('Per Moe (41), tillitsvalgt for sjåførene i Nordbuss, forteller at de fikk beskjed mandag.'), ['Per Moe']);
	});

	it('keeps a bare "mora" apart from the last woman named, and reads "bostyrer" as a title', () => {
		// Not Eva Lie: a bare "mora" is someone's mother, maybe not written about before.
		assert.deepEqual(mains('Advokat Eva Lie fører saka for kommunen.', '– Eg har gjort feil, sa mora.'), ['', '']);
		assert.deepEqual(mains('Bostyrer Kari Dahl sier at alt er uklart.', 'Bostyreren understreker at lønnen er sikret.'), ['Kari Dahl', 'Kari Dahl']);
	});
});

describe('language rules, thirteenth round (made-up sentences)', () => {
	it('reads a title with its field or body before the name ("Professor i historie X", "Kommunalsjef for oppvekst X")', () => {
		assert.deepEqual(mains('Professor i historie Kari Holm ved Universitetet i Bergen sier at funnet er viktig.'), ['Kari Holm']);
		assert.deepEqual(mains('Kommunalsjef for oppvekst Eva Lie og rektor Per Moe møtte foreldrene. Hun sier at alle får tilbud om samtale.'), ['Eva Lie']);
		assert.deepEqual(mains('I et brev skriver leder i foreldrerådet Eva Lie at barna ikke sover.'), ['Eva Lie']);
	});

	it('hears a feeling about how or whether ("er uroa for korleis")', () => {
		assert.deepEqual(mains('Ordfører Eva Lie er bekymret for hvordan beboerne har det.'), ['Eva Lie']);
	});
});

describe('language rules, fourteenth round (made-up sentences)', () => {
	it('reads "Ett av de eksterne styremedlemmene, X," as X', () => {
		const result = mains('Leder Ola Lie talte til de fremmøtte.', 'Ett av de eksterne styremedlemmene, Per Dale, stemte mot. Han påpeker at det finnes penger.');
		assert.deepEqual(result, ['', 'Per Dale']);
	});

	it('gives a quote after "Frå talarstolen var han klar i tale:" to him', () => {
		assert.deepEqual(mains('Gruppeleiar Olav Dale stemte imot.', 'Frå talarstolen var han klar i tale:', '– Folket har sagt sitt.'), ['', 'Olav Dale', 'Olav Dale']);
	});

	it('reads an office with a bracket in it, a surname after a mood, and "lagt ned påstand"', () => {
		assert.deepEqual(mains('Eva Lie, leiar i arbeidsutvalet (FAU) ved skulen, seier foreldra står samla.'), ['Eva Lie']);
		assert.deepEqual(mains('Keeperen Per Moe reddet to straffer.', '– Jeg kjente meg trygg, sa en lettet Moe etter kampen.'), ['', 'Per Moe']);
		assert.deepEqual(mains('Politiadvokat Kari Dahl hadde lagt ned påstand om 60 dagers fengsel.'), ['Kari Dahl']);
	});
});

describe('language rules, fifteenth round (made-up sentences)', () => {
	it('hears a stated reaction ("er overrasket over", "er ikkje imponert over"), also of two people ("var enige om")', () => {
		assert.deepEqual(mains('Forsker Eva Lie er overrasket over hvor stor seieren ble.'), ['Eva Lie']);
		assert.deepEqual(mains('Leiar Per Dale er ikkje imponert over svaret.'), ['Per Dale']);
		assert.deepEqual(mains('Eva Lie og Per Dale var enige om én ting: Prosessen har tatt for lang tid.'), ['Eva Lie']);
	});

	it('reads two words of mood before a name ("sa en tydelig rørt X")', () => {
		const result = mains('Per Dale vant rennet.', '– Det var tøft i dag, sier trener Ola Lie.', '– Jeg skjønner ingenting, sa en tydelig rørt Dale etter rennet.');
		assert.deepEqual(result, ['', 'Ola Lie', 'Per Dale']);
	});
});

describe('language rules, sixteenth round (made-up sentences)', () => {
	it('takes a one-sentence dash question before an answer for the journalist\'s', () => {
		const result = mains('– Vi må kutte i budsjettet, sier rektor Eva Lie.', '– Kommer det til å gå ut over de ansatte i år?', '– Nei, vi skal klare det uten oppsigelser.');
		assert.deepEqual(result, ['Eva Lie', '', 'Eva Lie']);
	});

	it('reads "Institutt for X" in an affiliation, a district as an organisation, and the agent of a passive verb of saying', () => {
		assert.deepEqual(mains('Forsker Eva Lie ved Senter for klimaforskning i Oslo mener målet er nådd.'), ['Eva Lie']);
		assert.deepEqual(mains('Per Dale i Nordfjell reinbeitedistrikt frykter at turistene vil forstyrre reinen.'), ['Per Dale']);
		assert.deepEqual(mains('Opplysningene bekreftes av styreleder Per Dale overfor NTB.'), ['Per Dale']);
		assert.deepEqual(mains('Saken ble sendt av kommunen til departementet.'), ['']);
	});
});

describe('language rules, seventeenth round (made-up sentences; from real wire copy and blind sets 17–18)', () => {
	it('reads Nynorsk "seier" after a surname ending in s as the verb, not "victory" ("Sandnes seier")', () => {
		assert.deepEqual(mains('Leiaren, Ingvild Sandnes, kjempar mot planane.', 'Sandnes seier at dei vil klage.'), ['', 'Ingvild Sandnes']);
	});

	it('reads an association after a place name ("i Kråkefjorden fiskarlag, X,") and an article inside a party name', () => {
		assert.deepEqual(mains('Leiaren i Vikøy fiskarlag, Ola Dale (67), følgde møtet. Han seier at laget vil klage.'), ['Ola Dale']);
		assert.deepEqual(mains('Talsperson Eva Lie i Miljøpartiet Dei Grøne meiner skatten må opp.'), ['Eva Lie']);
		assert.deepEqual(mains('Per Dale sa at Støres forslag er dårleg.'), ['Per Dale']);
	});

	it('takes a lone surname that spoke for a person when a pronoun can only mean them', () => {
		assert.deepEqual(mains('– Vi var innom mange tema, seier Dalheim etter møtet.', 'Ifølgje henne snakka dei om handel.'), ['Dalheim', 'Dalheim']);
	});

	it('hears an attribution verb the lexicon lacks, between the quote and a name that ends it', () => {
		assert.deepEqual(mains('Eva Lie sier at alt er bra.', '– Vi har planer for alt, beroliget Dalheim.'), ['Eva Lie', 'Dalheim']);
	});

	it('reads an office with an adjective between commas ("X, administrerende direktør i Y,")', () => {
		assert.deepEqual(mains('Per Dale, administrerende direktør i Boligforum, beskriver utviklingen som normal.'), ['Per Dale']);
	});

	it('keeps the speaker of a quote across one line of narration that names nobody', () => {
		const result = mains('– Vi jobber godt, seier seksjonsleiar Per Dale.', 'Så langt er ingen arrestert i saka.', '– Vi kjenner ikkje årsaka enno.');
		assert.deepEqual(result, ['Per Dale', '', 'Per Dale']);
		// Narration about a person between the quotes hands the next quote on to them.
		const handed = mains('– Han var heilt rå, seier kaptein Per Dale om keeperen.', 'Sjølv var 22-åringen meir nøktern.', '– Eg gjorde berre jobben min.');
		assert.notEqual(handed[2], 'Per Dale');
	});

	it('hears faith stated ("har lita tru på"), not hiding a view ("la ikke skjul på"), and praise ("roser")', () => {
		assert.deepEqual(mains('Ola Dale seier at dei vil klage.', 'Dale har lita tru på lovnadene.'), ['Ola Dale', 'Ola Dale']);
		assert.deepEqual(mains('Trener Per Dale la ikke skjul på at han var misfornøyd.'), ['Per Dale']);
		assert.deepEqual(mains('Innsatsleder Eva Lie roser de to bilistene for innsatsen.'), ['Eva Lie']);
		assert.deepEqual(mains('Politiet har ingen mistenkte i saka.'), ['']);
	});

	it('does not end a quote at speech reported inside it ("ropte en passasjer at …, forteller X")', () => {
		const result = mains('Eva Lie kjørte bak bussen.', '– Da vi kom ned, ropte en av passasjerene at en gutt satt fast, forteller Lie.');
		assert.deepEqual(result, ['', 'Eva Lie']);
	});

	it('gives a paragraph to the person named right after an unnamed one ("forklarte en dørvakt. Jonas Myhre (27) sa")', () => {
		assert.deepEqual(mains('Senere forklarte en dørvakt som var på jobb. Jonas Myhre (27) sa at han så alt.'), ['Jonas Myhre']);
	});

	it('reads "Analytiker i meglerhuset X Markets, Name," with the name after the comma', () => {
		assert.deepEqual(mains('Analytiker i meglerhuset Sundt Markets, Henrik Aas, mener at selskapet har bommet.'), ['Henrik Aas']);
	});

	it('takes "sa i 2021 ja til" for a decision, not words', () => {
		assert.deepEqual(mains('Kommunestyret sa i 2021 ja til utbygginga.'), ['']);
	});

	it('hears what someone was told and passes on ("fikk opplyst at", "…, men har fått opplyst at")', () => {
		assert.deepEqual(mains('Vaktleder Nils Berg sier at brannen er stor.', 'Berg fikk opplyst at huset var tomt.'), ['Nils Berg', 'Nils Berg']);
		const result = mains('Vaktleder Nils Berg sier at brannen er stor.', 'Berg vet ikke hvor mange som er evakuert, men har fått opplyst at det er et rekkehus.');
		assert.deepEqual(result, ['Nils Berg', 'Nils Berg']);
	});

	it('keeps the source of "Ifølge X sa legen …" as the one a later pronoun points to', () => {
		const result = mains('Lise Aune har ventet i et år.', 'Ifølge Aune sa legen at hun burde vært operert.', '– Han trakk bare på skuldrene, sier hun.');
		assert.deepEqual(result, ['', 'Lise Aune', 'Lise Aune']);
	});

	it('hears "streka under", "kom inn på", "kom med nye skuldingar om", "skulda", and a subject after a relative "noko"', () => {
		assert.deepEqual(mains('Statsminister Eva Lie var til stades. Ho streka under at kulturen er viktig.'), ['Eva Lie']);
		assert.deepEqual(mains('Forsvarer Per Dale holdt prosedyre.', 'I prosedyren kom Dale inn på det han mente var urettferdig.'), ['', 'Per Dale']);
		assert.deepEqual(mains('Utanriksminister Per Dale kom med nye skuldingar om at nabolandet har våpen.'), ['Per Dale']);
		assert.deepEqual(mains('Utanriksminister Eva Lie var i Kyiv.', 'Nabolandet har skulda dei for å ha våpen, noko Lie kallar ein «hallusinasjon».'), ['', 'Eva Lie']);
		assert.deepEqual(mains('Han kom med toget.'), ['']);
	});

	it('reads an unlisted attribution verb with more after a person ("…, innledet finansministeren talen mandag.")', () => {
		assert.deepEqual(mains('– Nå skal jeg starte, innledet finansministeren talen i Stortinget mandag formiddag.'), ['finansministeren']);
	});

	it('takes a lone surname as the person a pronoun means when nobody else can be ("Tirsdag tok Lagerbäck ut troppen. … sier han")', () => {
		assert.deepEqual(mains('Tirsdag tok Lagerbäck ut troppen.', '– Jeg er optimist, sier han.'), ['', 'Lagerbäck']);
	});

	it('gives the person named in a heading "Name: …" to a pronoun right after it', () => {
		const result = mains('Pasienten Eva Lie var innlagt i tre uker.', 'Dale: Viktig å finne ut hva som skjedde', 'Han mener saken er alvorlig.', 'Helseminister Per Dale sier at alle skal være trygge.');
		assert.deepEqual(result, ['', '', 'Per Dale', 'Per Dale']);
	});

	it('reads a title after a genitive name as definite ("Høyres leder mener" is the party leader named before)', () => {
		assert.deepEqual(mains('Høyres leder Eva Lie sier at alt er bra.', '– Vi er klare, sier Ola Dale.', 'Høyres leder mener valget blir tett.'), ['Eva Lie', 'Ola Dale', 'Eva Lie']);
	});

	it('hears declining to say as said ("vil ikkje seie om", "ville ikke svare på"), but not "ønsket ikke å uttale seg"', () => {
		assert.deepEqual(mains('Finansminister Eva Lie sier at banken er solid.', 'Finansministeren ville ikke svare på om reglene endres.'), ['Eva Lie', 'Eva Lie']);
		assert.deepEqual(mains('Politimeister Per Dale stadfestar pågripinga.', 'Han vil ikkje seie om fleire er venta.'), ['Per Dale', 'Per Dale']);
		assert.deepEqual(mains('Datteren Line Dale fulgte rettssaken. Hun ønsket ikke å uttale seg fredag.'), ['']);
	});

	it('reads an organisation name with lower-case words before an apposition ("i aksjonsgruppen Bevar fødestua, X,")', () => {
		assert.deepEqual(mains('Lederen i aksjonsgruppen Bevar fødestua, Eva Lie, mener vedtaket er feil.'), ['Eva Lie']);
		assert.deepEqual(mains('Leiaren i aksjonsgruppa Nei til vindkraft på Kvitfjell, Ola Dale, seier at dei vil klage.'), ['Ola Dale']);
	});

	it('reads "i Indre Vik brann og redning" after a name as the workplace', () => {
		assert.deepEqual(mains('Brannsjef Eirik Lunde i Indre Vik brann og redning opplyser at mannskapa har halde vakt.'), ['Eirik Lunde']);
	});

	it('reads "Dag" as a given name, Nynorsk "oppfordrar" and "lovprisar" as verbs of saying', () => {
		assert.deepEqual(mains('– Vi jobbar på spreng, seier lensmann Dag Fiske i Sunnfjord lensmannsdistrikt til NTB.'), ['Dag Fiske']);
		assert.deepEqual(mains('I dag sier Ola Dale at alt er bra.'), ['Ola Dale']);
		assert.deepEqual(mains('Jon Dale lovprisar bøndene og oppfordrar alle til å gjere det same.'), ['Jon Dale']);
	});

	it('takes a lone surname opening a sentence before a verb of saying for a name, and for the person a pronoun means next', () => {
		assert.deepEqual(mains('Støre bekreftet at Trond Giske bestrider varslene.', 'Han sa også at ingen av varslene er anmeldt.'), ['Støre', 'Støre']);
		assert.deepEqual(mains('Kritikken sier noe om saken.'), ['']);
		// A place is no person: "i Storbritannia" elsewhere says so.
		const result = mains('Storbritannia skal forlate EU. Mange i Storbritannia er lei.', '– Vi må forlate EU med en avtale, påpeker May.', '– Jeg mener det fortsatt, sier hun.');
		assert.deepEqual(result, ['', 'May', 'May']);
	});

	it('reads an attribution in the perfect tense or with "ifølgje" after a quote, and a party genitive before a name', () => {
		assert.deepEqual(mains('– Jeg kan ikke se det, har Meling sagt til NTB.'), ['Meling']);
		assert.deepEqual(mains('– Satsinga er for lita, ifølgje SVs Kari Elisabeth Kaski.'), ['Kari Elisabeth Kaski']);
		assert.deepEqual(mains('MDGs Une Bastholm sier at alt er bra.'), ['Une Bastholm']);
	});

	it('reads a lone surname ending in -a before a verb of saying ("Kuleba seier"), a particle verb only with its particle', () => {
		assert.deepEqual(mains('Kuleba seier at nabolandet har ignorert førespurnader.'), ['Kuleba']);
		assert.deepEqual(mains('Hareide strekar under at målet er å lykkast.'), ['Hareide']);
		assert.notEqual(mains('Bronsen gjekk til russaren Aleksandr Terentjev.', '– Det var bra, seier han.')[1], 'Bronsen');
		// A common noun ending in -a is no surname: "Leiinga" is the leadership, not a person.
		assert.deepEqual(mains('Leiinga meiner at alt er bra.'), ['leiinga']);
	});

	it('reads "forsvararen hans X", "konsernsjef og finansdirektør i Y X", and a middle initial ("Frederik G. Ranke")', () => {
		assert.deepEqual(mains('Dommen blir anka, stadfestar forsvararen hans Arvid Sjødin overfor NTB.'), ['Arvid Sjødin']);
		assert.deepEqual(mains('Assistenten hans Per Joar Hansen fortalde at gruppa har avlyst oppdrag.'), ['Per Joar Hansen']);
		assert.deepEqual(mains('– Vi er fornøgde, seier konsernsjef og finansdirektør i Nordfly Geir Karlsen.'), ['Geir Karlsen']);
		assert.deepEqual(mains('Aktor Frederik G. Ranke har forklart at saka er alvorleg.', '– Han er farleg, sa Ranke.'), ['Frederik G. Ranke', 'Frederik G. Ranke']);
	});

	it('hears "skrytte av" and skips "deretter" before a particle ("la deretter til at")', () => {
		assert.deepEqual(mains('Donald Trump var nøgd.', 'Han skrytte av toppmøtet.'), ['', 'Donald Trump']);
		assert.deepEqual(mains('– Vi byggjer opp att, sa president Emmanuel Macron.', 'Han la deretter til at han vil hente inn hjelp.'), ['Emmanuel Macron', 'Emmanuel Macron']);
	});

	it('does not read the object after a verb as its subject when a determiner and a noun come before it ("Den skadde varslet politiet")', () => {
		assert.deepEqual(mains('Den skadde varslet selv politiet om hendelsen.'), ['']);
		assert.deepEqual(mains('Det bekrefter vaktleder Nils Berg til NTB.'), ['Nils Berg']);
	});

	it('takes "etter at politiet meldte om" for when, not for what was said', () => {
		assert.deepEqual(mains('16-åringen ble pågrepet etter at politiet først meldte om hendelsen søndag.'), ['']);
	});

	it('reads two offices with modifiers before a name ("talsperson og tidligere olje- og energiminister X")', () => {
		assert.deepEqual(mains('Nivået skyldes krisa, sier Høyres finanspolitiske talsperson og tidligere olje- og energiminister Tina Bru.'), ['Tina Bru']);
	});

	it('does not take "Venstre-lederen" for "Frp-leder X"', () => {
		const result = mains('Frp-leder Siv Jensen ønsket gjesten velkommen.', 'Venstre-lederen oppfordret partnerne til samarbeid.', 'Frp-lederen sier at alt er bra.');
		assert.notEqual(result[1], 'Siv Jensen');
		assert.equal(result[2], 'Siv Jensen');
	});

	it('takes a lone surname who says a quote aloud for a person a pronoun can mean ("sa Warholm til NRK. Han fortalte")', () => {
		const result = mains('– Dette er stort, sa Warholm til NRK.', 'Han fortalte at han og trener Leif Olav Alnes hadde en alvorlig prat.');
		assert.deepEqual(result, ['Warholm', 'Warholm']);
		const said = mains('– Jeg er stolt, sier Johaug.', 'Hun forteller om tøft press foran Ingvild Flugstad Østberg.');
		assert.deepEqual(said, ['Johaug', 'Johaug']);
	});

	it('reads "Etter det VG erfarer/får opplyst" as the source, and not the asker in "då NTB spurde"', () => {
		assert.deepEqual(mains('Etter det VG erfarer, vil regjeringen legge fram forslaget.'), ['VG']);
		assert.deepEqual(mains('Etter det Dagens Næringsliv får opplyst, reknar departementet stemmene som avgjerande.'), ['Dagens Næringsliv']);
		assert.deepEqual(mains('Etter det har han flyttet.'), ['']);
		const result = mains('Arbeidsminister Anniken Hauglie var i Stortinget.', 'Hauglie hadde dette svaret då NTB spurde om dommen onsdag:', '– Vurderinga vår var at saka ikkje var relevant.');
		assert.deepEqual(result, ['', 'Anniken Hauglie', 'Anniken Hauglie']);
	});

	it('hears a judgement without quotation marks ("kallar situasjonen veldig alvorleg"), not a summons', () => {
		assert.deepEqual(mains('Helseminister Bent Høie sier at alt er bra.', 'Helseministeren kallar smittesituasjonen veldig alvorleg.'), ['Bent Høie', 'Bent Høie']);
		assert.deepEqual(mains('Erna Solberg er i Etiopia.', 'Solberg kallar Canada ein stor og krevjande utfordrar.'), ['', 'Erna Solberg']);
		assert.deepEqual(mains('Ordførar Kari Dale kalla inn til møte.'), ['']);
	});

	it('lets a quote go on from the one before when an unlisted verb names nobody known ("fortsatte totningen")', () => {
		const result = mains('– Det er kult å vinne her, sa Lundby til NTB.', '– Det gjelder å nullstille, fortsatte totningen.');
		assert.deepEqual(result, ['Lundby', 'Lundby']);
	});

	it('does not hear "kom inn på oppløpet" as raising a point', () => {
		assert.deepEqual(mains('Iversen kom først inn på oppløpet og staket fra konkurrenten.'), ['']);
	});

	it('does not read a question opening with a verb as a name ("Har regjeringen forstått …?")', () => {
		const result = mains('– Omfanget er ekstremt. Har regjeringen i det hele tatt forstått alvoret? sier leder Silje Lundberg.', 'Regjeringen foreslår en utvidelse.');
		assert.equal(result[0], 'Silje Lundberg');
		assert.notEqual(result[1], 'Har regjeringen');
	});

	it('reads a field between a title and a name ("Informasjonsministeren i landet X", "leiaren av valkomiteen X")', () => {
		assert.deepEqual(mains('Informasjonsministeren i landet Remy Danjuino opplyste fredag at sju soldatar er drepne.'), ['Remy Danjuino']);
		assert.deepEqual(mains('– Innstillinga er einstemmig, seier leiaren av valkomiteen Frank Sve i ei pressemelding.'), ['Frank Sve']);
	});

	it('reads a capitalised second office and two moods before a name', () => {
		assert.deepEqual(mains('– Det var på tide, skriv kultur- og likestillingsminister og Venstre-leiar Trine Skei Grande (V).'), ['Trine Skei Grande']);
		assert.deepEqual(mains('– Det er å spytte på juryen, uttalte ein resignert og skuffa Eirik Jensen til pressa.'), ['Eirik Jensen']);
	});

	it('hears "minna om", "har gjort det klart at" and "er klar på"', () => {
		assert.deepEqual(mains('Gruppeleiar Anders Ygeman talte.', 'Ygeman minna før avstemminga om at partiet vart størst.'), ['', 'Anders Ygeman']);
		assert.deepEqual(mains('Sylvi Listhaug er nestleiar.', 'Listhaug har gjort det klart at partiet vil til botn i saka.'), ['', 'Sylvi Listhaug']);
		assert.deepEqual(mains('Sylvi Listhaug er nestleiar.', 'Ho er klar på kva partiet skal vere.'), ['', 'Sylvi Listhaug']);
	});
});

describe('language rules, eighteenth round (made-up sentences; from real wire copy sets 12–14 and blind sets 19–20)', () => {
	it('reads a party compound opening a sentence as its name when nothing before it is meant ("Senterpartiet seier")', () => {
		assert.deepEqual(mains('Senterpartiet seier at partiet har fått tre varsel.'), ['Senterpartiet']);
		// A bare "Partiet" still points back, and finds nobody when nothing came before.
		assert.deepEqual(mains('Partiet seier at det har fått tre varsel.'), ['']);
	});

	it('knows unions, alliances, centres and museums as organisations, and "presenterer" as no centre', () => {
		assert.deepEqual(mains('Den afrikanske unionen (AU) seier i ei fråsegn at dei fordømmer kuppet.'), ['Den afrikanske unionen']);
		assert.deepEqual(mains('Nasjonalt konserveringssenter sier at maleriet er falskt.'), ['Nasjonalt konserveringssenter']);
		assert.deepEqual(mains('Forsvarer Kari Lunde representerer en av de siktede. Hun mener politiet har gått for langt.'), ['Kari Lunde']);
	});

	it('reads a title whose body is a place name and a school ("Rektor ved Li skule, X,")', () => {
		assert.deepEqual(mains('Rektor ved Li skule, Anders Dale, vil ikkje kommentere vedtaket, men fortel at det var stille.'), ['Anders Dale']);
	});

	it('reads a title with two phrases of body before the name ("leiar i utvalet i partiet X")', () => {
		assert.deepEqual(mains('Det er kome inn seks varsel, ifølgje leiar i organisasjonsutvalet i partiet Helge Dale.'), ['Helge Dale']);
	});

	it('reads an ordinal before a title ("1. nestleiar i KrFU, X,")', () => {
		assert.deepEqual(mains('– Eg stemmer for forslaget, stadfestar 1. nestleiar i KrFU, Nikolai Dale, overfor avisa.'), ['Nikolai Dale']);
	});

	it('reads an owner\'s genitive and first parts joined by "og" in a title\'s body', () => {
		assert.deepEqual(mains('– Det er trist, seier leiaren i Stortingets kontroll- og konstitusjonskomité Dag Terje Dale (Ap) til NTB.'), ['Dag Terje Dale']);
	});

	it('splits a body in the definite form from a foreign name after it ("leiar i Representanthuset Nancy X")', () => {
		assert.deepEqual(mains('Leiar i Representanthuset Nancy Kowalczyk seier at presidenten tek feil.', 'Kowalczyk svarer at det er feil.'), ['Nancy Kowalczyk', 'Nancy Kowalczyk']);
	});

	it('reads a capitalised compound in a title\'s body ("politiinspektør i Oslo-politiet X")', () => {
		assert.deepEqual(mains('– Vi vet ikke ennå, sier politiinspektør i Oslo-politiet Grete Lien Dahl til NTB.'), ['Grete Lien Dahl']);
	});

	it('reads a title\'s field before an apposition ("Fylkesråd for samferdsel, X,")', () => {
		assert.deepEqual(mains('Fylkesråd for samferdsel, Bent Dale (Sp), sier til NRK at prisen er for høy.'), ['Bent Dale']);
		assert.deepEqual(mains('Direktøren for samferdsel, Kari Holm, sier at prisen er for høy.'), ['Kari Holm']);
	});

	it('reads a couple or siblings named after a collective noun ("Ekteparet Randi og Olav X")', () => {
		const [first] = attribute('Ekteparet Randi og Olav Messel (begge 74) har vore utan fastlege sidan juni. Dei fortel at dei må dra til legevakta.').byBlock;
		assert.equal(first!.length, 2);
		assert.ok(first![1]!.endsWith('Olav Messel'));
	});

	it('reads a joint statement ("i ei felles kunngjering frå X og Y") and its continuation', () => {
		const result = mains('Nancy Dale og Chuck Lie er leiarar.', '– Landet har ikkje råd til dette, heiter det i ei felles kunngjering frå Dale og Lie.', '– Presidenten veit godt kva han gjer, heiter det vidare.');
		assert.deepEqual(result, ['', 'Nancy Dale', 'Nancy Dale']);
	});

	it('reads abbreviated titles ("adm.dir. X", "prof. X") and first parts shared with a title ("kultur-, idretts- og likestillingsminister X")', () => {
		assert.deepEqual(mains('– Det er en glede, sier adm.dir. Jannicke Holm i Nordisk Film Kino.'), ['Jannicke Holm']);
		assert.deepEqual(mains('Prof. Kari Dahl mener at det er feil.'), ['Kari Dahl']);
		assert.deepEqual(mains('Idretten får mye penger, understreker kultur-, idretts- og likestillingsminister Abid Dahl overfor NTB.'), ['Abid Dahl']);
	});

	it('takes a website by its address as a source ("melder varsom.no")', () => {
		assert.deepEqual(mains('Vannet stiger raskt, melder varsom.no.', 'Faren er betydelig, ifølge yr.no.'), ['varsom.no', 'yr.no']);
	});

	it('hears no message in writing books, contracts or history, but hears one in an SMS', () => {
		assert.deepEqual(mains('Forfattaren Edvard Dale har sidan skrive ei lang rekke romanar.', 'Spissen Ola Lie skrev under på en ny kontrakt.'), ['', '']);
		assert.deepEqual(mains('Ordfører Kari Dahl skriver i en SMS til NTB at kommunen tar dommen til etterretning.'), ['Kari Dahl']);
		assert.deepEqual(mains('Selv skriver 21-åringen Ola Lie på Instagram at det er tungt.'), ['Ola Lie']);
	});

	it('gives the answers of an interview to whoever was asked, across long questions and sub-headings', () => {
		const result = mains(
			'– Jeg er glad, sa Karsten Dahl til NTB.',
			'– Har du tatt et steg?',
			'– Ja, helt klart.',
			'Tøffere',
			'– Hva kan konkurrentene vente seg på Bislett der det forhåpentlig blir mindre vind og varmere vær?',
			'– Det blir tøffere konkurranse der.',
		);
		assert.deepEqual(result, ['Karsten Dahl', '', 'Karsten Dahl', '', '', 'Karsten Dahl']);
		assert.deepEqual(mains('23-åringen Karsten Dahl tok seg god tid og skrev autografer til alle.'), ['']);
	});

	it('lets "ho" mean a woman named after a title in a later sentence over a subject of unknown gender', () => {
		const result = mains('– Eg stemmer for, seier nestleiar Nikolai Berg.', 'Ein av dei som vil følgje vedtaket, er KrFU-leiar Martine Dahl.', '– Eg opplever vedtaket som forpliktande, seier ho.');
		assert.deepEqual(result, ['Nikolai Berg', '', 'Martine Dahl']);
		// A man named in the subject's own sentence does not take "han" from the subject.
		assert.deepEqual(mains('Støre bekreftet at Trond Giske bestrider varslene.', 'Han sa også at ingen av varslene er anmeldt.'), ['Støre', 'Støre']);
	});

	it('does not take a deputy for the office itself ("Frp-lederen" is not "nestleder X")', () => {
		const result = mains('– Det har vært krevende, sa Siv Dahl da hun og påtroppende nestleder Sylvi Lie holdt pressekonferanse.', 'Frp-lederen sier hun tror bompenger blir et tema.');
		assert.equal(result[0], 'Siv Dahl');
		assert.notEqual(result[1], 'Sylvi Lie');
	});

	it('reads the perfect tense with a relative clause after its subject ("har advokat X, som …, skrevet")', () => {
		assert.deepEqual(mains('– Det er alvorlig, har advokat Nora Dahl, som var forsvarer i tingretten, skrevet i en epost til NRK.'), ['Nora Dahl']);
	});

	it('reads a day inside a particle ("gjorde det torsdag klart at")', () => {
		assert.deepEqual(mains('Arlene Dahl gjorde det torsdag klart at partiet ikkje kan støtte avtalen.'), ['Arlene Dahl']);
		// "orienterte" is left out: "då Thommessen sist orienterte Stortinget" informed the Storting.
		assert.deepEqual(mains('Prisanslaget då Olemic Dahl sist orienterte Stortinget var 1,8 milliardar kroner.'), ['']);
	});

	it('reads two names for two offices in an apposition, and keeps a party\'s leader apart from another party\'s', () => {
		const result = mains(
			'DUPs leiar og nestleiar, Arlene Dahl og Nigel Lie, gjorde det klart at partiet ikkje kan støtte avtalen.',
			'Også Labour seier nei, og leiaren av partiet Jeremy Berg meiner at avtalen er dårleg.',
			'– Folket må få siste ord, seier Labour-leiaren.',
		);
		assert.deepEqual(result.slice(0, 2), ['Arlene Dahl', 'Jeremy Berg']);
		assert.notEqual(result[2], 'Arlene Dahl');
	});

	it('takes the owner of a document opening the sentence as the source ("I Svenska Akademiens begrunnelse står det at")', () => {
		assert.deepEqual(mains('I Svenska Akademiens begrunnelse står det at Jon Dahl får prisen.', 'I NRKs melding heter det at han er glad.'), ['Svenska Akademien', 'NRK']);
		assert.deepEqual(mains('I Oslo står det at byen er stor.'), ['']);
	});

	it('gives a verb of saying after "og" the subject of an inverted main clause ("I går tok X ordet og sa at")', () => {
		assert.deepEqual(mains('I går tok Kari Dahl ordet og sa at idretten må gjøre mer.'), ['Kari Dahl']);
	});

	it('hears views with an adverb in their particle ("er tydeleg på at") and "synes"', () => {
		assert.deepEqual(mains('Eva Dahl er leiar i laget.', 'Ho er tydeleg på at saka må få konsekvensar.'), ['', 'Eva Dahl']);
		assert.deepEqual(mains('Joachim Dale er regissør.', 'Dale synes det er positivt med nominasjonene.'), ['', 'Joachim Dale']);
	});
});

describe('language rules, nineteenth round (made-up sentences; from real wire copy sets 15–17)', () => {
	it('reads a subject after a sentence\'s opening conjunction ("Men Limi meiner")', () => {
		assert.deepEqual(mains('Ifølgje Hans Limi vil partiet løfte saka.', 'Men Limi meiner at svaret er feil.'), ['Hans Limi', 'Hans Limi']);
	});

	it('takes what follows a verb as its object after a quantity and a noun ("Flere vitner varslet politiet")', () => {
		assert.deepEqual(mains('Flere vitner varslet politiet fredag om en mann med våpen.'), ['']);
	});

	it('reads an apposition ending a source ("ifølge forskningsleder i Cicero, X.")', () => {
		assert.deepEqual(mains('Dette er viktig, ifølge forskningsleder i Cicero, Jan S. Dahl.'), ['Jan S. Dahl']);
	});

	it('reads a title\'s charge or owner before an apposition ("Bistandsadvokat for den fornærmede gutten, X,")', () => {
		const result = mains('Bistandsadvokat for den fornærmede gutten, Helene Dahl, sier til NRK at klienten er skadd.', '– Han er ikke avhørt, sier bistandsadvokaten.');
		assert.deepEqual(result, ['Helene Dahl', 'Helene Dahl']);
		assert.deepEqual(mains('Lederen for Abdullahs valgkampstab, Basir Dahl, varsler protester.'), ['Basir Dahl']);
		assert.deepEqual(mains('Valgkommisjonens leder i Parwan-provinsen, Abdul Dahl, forteller at de er truet.'), ['Abdul Dahl']);
	});

	it('reads a name of several words in the genitive before a title ("New Zealands statsminister X")', () => {
		assert.deepEqual(mains('– Det var planlagt, sa New Zealands statsminister Jacinda Dahl.'), ['Jacinda Dahl']);
	});

	it('takes unnamed sources in the plural as speakers ("Sikkerheitskjelder opplyser", "Kilder i partiet sier")', () => {
		assert.deepEqual(mains('Sikkerheitskjelder opplyser til NNA at eksplosjonane kom frå eit lager.', 'Kilder i partiet sier at motstanden står ved lag.'), ['sikkerheitskjelder', 'kilder i partiet']);
	});

	it('reads one of several named after a comma ("en av de siktedes forsvarer, advokat X,") and "ønsker foreløpig ikke å si"', () => {
		const result = mains('– Han erkjenner ikke straffskyld, opplyser en av de siktede personenes forsvarer, advokat Aase Dahl, overfor NTB.', 'Hun ønsker foreløpig ikke å si noe om hva klienten har forklart.');
		assert.deepEqual(result, ['Aase Dahl', 'Aase Dahl']);
	});

	it('hears going public with a warning ("gikk ut med en advarsel om at"), not with an injury', () => {
		assert.deepEqual(mains('Torsdag gjekk den amerikanske ambassaden i Colombo ut med ei åtvaring om at gudshus kan vere mål.'), ['den amerikanske ambassaden i Colombo']);
		assert.deepEqual(mains('Spissen Ola Dahl gikk ut med en skade.'), ['']);
	});

	it('keeps the capital of a compound capitalised after its hyphen ("Trønder-Avisa meldte")', () => {
		assert.deepEqual(mains('Trønder-Avisa meldte først at lastebilen var en brannbil.'), ['Trønder-Avisa']);
	});

	it('names a relative by whose relative they are, and refers back to them ("Mannens søster sier", "sier søsteren")', () => {
		const result = mains('Mannens søster sier til VG at han slapp ut fredag.', '– Det er helt grusomt, sier søsteren.', 'Ifølge søsteren har mannen vært syk.', '– Han trenger hjelp, sier hun.');
		assert.deepEqual(result, ['Mannens søster', 'Mannens søster', 'Mannens søster', 'Mannens søster']);
	});

	it('knows a lone surname that speaks elsewhere as a name where it opens a lead-in ("Jensen er ikkje like villig:")', () => {
		const result = mains('Statsminister Erna Dahl har opna for å forhandle.', 'Jensen er ikkje like forhandlingsvillig:', '– Prinsippet er viktig for oss, seier ho til Dagen.', 'Jensen legg til at ho ikkje vil diskutere grunnlaget.');
		assert.deepEqual(result, ['', '', 'Jensen', 'Jensen']);
	});

	it('reads a surname that ends like a definite noun when a full name has it ("Joe Bidens pakke", "Biden sa")', () => {
		const result = mains('Det blir ingen avstemning om president Joe Bidens store pakke før helga.', 'Biden sa torsdag at han hadde stemmene.', '– La oss få dette gjort, sa han.');
		assert.deepEqual(result, ['', 'Joe Biden', 'Joe Biden']);
		assert.deepEqual(mains('Kommunen sa torsdag at den hadde penger.'), ['kommunen']);
	});

	it('reads more adverbs inside views ("er naturligvis fornøyd med", "er heilt klar på"), commissions and "vektlegger"', () => {
		assert.deepEqual(mains('Konkurransetilsynet er naturligvis fornøyd med beslutningen.'), ['Konkurransetilsynet']);
		assert.deepEqual(mains('Ifølge valgkommisjonen nekter Abdullah å gå med på omtelling.'), ['valgkommisjonen']);
		assert.deepEqual(mains('NHO-direktøren Ole Dahl vektlegger at fokus har vært å redde jobber.'), ['Ole Dahl']);
	});

	it('reads an owner\'s genitive in a description ("X, NRKs korrespondent,") and an acronym before the name', () => {
		assert.deepEqual(mains('Kari Dahl, NRKs korrespondent, sier at det er uro.'), ['Kari Dahl']);
		assert.deepEqual(mains('Erik Dahl, Huaweis kommunikasjonssjef i Norge, avviser at det var meningen.'), ['Erik Dahl']);
		assert.deepEqual(mains('– Jeg kan bekrefte det, sier kommunikasjonsrådgiver i Utenriksdepartementet (UD) Ane Dahl til Dagbladet.'), ['Ane Dahl']);
	});
});

describe('language rules, twentieth round (made-up sentences; from real wire copy sets 18–20)', () => {
	it('reads names with an ampersand, and no adverb opening a sentence as a name ("melder Film & Kino", "Nylig meldte")', () => {
		assert.deepEqual(mains('Filmen er sett av 69.058, melder Film & Kino.', 'Nylig meldte Kampanje at regissøren klippet om filmen.'), ['Film & Kino', 'Kampanje']);
	});

	it('reads the source of a calculation or survey ("ifølge en beregning fra Nordea") and the state\'s bodies ("Statens legemiddelverk")', () => {
		assert.deepEqual(mains('En husstand får 3000 kroner mindre, ifølge en beregning fra Nordea.'), ['Nordea']);
		assert.deepEqual(mains('Statens legemiddelverk mener man må forvente mangel på medisiner.'), ['Statens legemiddelverk']);
	});

	it('hears "utbrøt" and modal verbs with more verbs of saying ("kunne bekrefte at"), but not "måtte svare på spørsmål"', () => {
		assert.deepEqual(mains('– Han er lynrask, utbrøt Jann Dahl.'), ['Jann Dahl']);
		assert.deepEqual(mains('Henny Dahl ble kåret til den beste, men også hun kunne bekrefte at hun har vært syk.'), ['Henny Dahl']);
		assert.deepEqual(mains('I intervjuet måtte Siv Dahl svare på spørsmål om saken, skriver NRK.'), ['NRK']);
	});

	it('lets a nameless spokesperson speak for the organisation ("opplyser en talsperson for kystvakten")', () => {
		assert.deepEqual(mains('Ferja tok ikke inn vann, opplyser en talsperson for kystvakten.'), ['kystvakten']);
	});

	it('takes media in the plural as a source, whom "han" does not mean', () => {
		assert.deepEqual(mains('Ifølge svenske medier er mannen skadd.', 'Han kan bekrefte at han var der.'), ['svenske medier', '']);
	});

	it('hears Nynorsk "melde" but not "melde seg", stated attitudes and "reknar det som"', () => {
		assert.deepEqual(mains('Ikkje lenge etter melde NRK at det er kome eit nytt varsel.', 'Den sikta melde seg for politiet to dagar etter.'), ['NRK', '']);
		assert.deepEqual(mains('Kari Dahl uttrykker forståelse for tiltakene.', 'NVE reknar det som lite sannsynleg at det går fleire skred.'), ['Kari Dahl', 'NVE']);
	});

	it('reads a time between a verb and its particle ("slo i forrige uke fast at") and "ein annan" before an unnamed person', () => {
		assert.deepEqual(mains('Klimaminister Ola Dahl (V) slo i forrige uke fast at Brasil har brutt avtalen.'), ['Ola Dahl']);
		assert.deepEqual(mains('Eva Lie er leiar.', '– Han burde vore halden på avstand, skriv ein annan delegat.'), ['', 'ein annan delegat']);
	});

	it('hears how a quote went on after it ("begynner X", "fullfører Y"), and keeps the speaker when that names nobody known', () => {
		assert.deepEqual(mains('– Dette er fantastisk, begynner Tom Dahl.', '– … og vi har jobbet lenge for det, fullfører Fred Lie.'), ['Tom Dahl', 'Fred Lie']);
		const kept = mains('– Det er kult å vinne her, sa Maren Dahl til NTB.', '– Du har ikke råd til å feile, fortsatte totningen.');
		assert.deepEqual(kept, ['Maren Dahl', 'Maren Dahl']);
		assert.deepEqual(mains('Hun begynte i jobben i fjor.'), ['']);
	});

	it('hears "karakteriserer" and "skisserer", Nynorsk authorities, and stock-exchange notices', () => {
		assert.deepEqual(mains('Samtidig karakteriserer Lars Dahl dommen som eit drama.', 'Han skisserer at det er uklart.'), ['Lars Dahl', 'Lars Dahl']);
		assert.deepEqual(mains('Samtidig stadfestar iranske styresmakter at generalen er drepen.'), ['iranske styresmakter']);
		assert.deepEqual(mains('DNB har bokført gebyret, ifølge en børsmelding fra banken.'), ['DNB']);
	});

	it('takes whoever told it as the source of "får opplyst fra X", not who was told', () => {
		assert.deepEqual(mains('Det fikk Dagbladet opplyst fra politiet.', 'Kari Dahl fikk opplyst at saken var henlagt.'), ['politiet', 'Kari Dahl']);
	});

	it('reads fields joined by "og" and a body after them before an apposition ("direktør for kommunikasjon og myndighetskontakt i SJ Norge, X,")', () => {
		assert.deepEqual(mains('– Vi setter ikke opp busser, sier direktør for kommunikasjon og myndighetskontakt i SJ Norge, Randi Dahl, til TV 2.'), ['Randi Dahl']);
	});
});

describe('language rules, twenty-first round (made-up sentences; from real wire copy sets 6–39)', () => {
	it('gives "sa han" in copy whose lead was cut to the first person who speaks after it, and the quotes that go on from it', () => {
		const cut = mains('– Vi spilte godt, sa han til NTB etter kampen.', '– Jeg tar skylden for målet.', 'Han mener laget var nær et poeng.', '– Vi tar det med oss hjem, sa Nordtveit.');
		assert.deepEqual(cut, ['Nordtveit', 'Nordtveit', 'Nordtveit', 'Nordtveit']);
	});

	it('lets nobody the pronoun cannot mean end such a wait, nor a pronoun after its verb in plain text, nor one after someone has spoken', () => {
		assert.deepEqual(mains('– Det var tøft, sa hun.', '– Vi gleder oss, sa Ola Dahl.'), ['', 'Ola Dahl']);
		assert.deepEqual(mains('Hver tredje jente sier hun har hatt plager.', '– Det er alvorlig, sier Ola Dahl.'), ['', 'Ola Dahl']);
		assert.deepEqual(mains('Ifølge NRK er veien stengt.', '– Det er trist, sa hun.', '– Vi venter, sa Kari Dahl.'), ['NRK', '', 'Kari Dahl']);
	});

	it('reads a country\'s or a body\'s leadership, services and councils ("Sør-Koreas militære leiing", "Politiets tryggingsteneste", "FNs tryggingsråd")', () => {
		assert.deepEqual(mains('Det opplyser Sør-Koreas militære leiing, som analyserer detaljane.'), ['Sør-Koreas militære leiing']);
		assert.deepEqual(mains('Politiets tryggingsteneste (PST) seier at dei gav råd.', 'FNs sikkerhetsråd ba Haiti om å holde valg.'), ['Politiets tryggingsteneste', 'FNs sikkerhetsråd']);
	});

	it('hears condemning and tweeting, but a modal before "si opp" (dismiss) says nothing', () => {
		assert.deepEqual(mains('FN har fordømt angrepa frå Hamas.', 'Statsminister Ola Dahl fordømmer oppskytinga.'), ['FN', 'Ola Dahl']);
		assert.deepEqual(mains('– Vi gratulerer dei, tvitrar utanriksministeren i Tyrkia, Kari Lie.'), ['Kari Lie']);
		assert.deepEqual(mains('De streiket i protest mot at ledelsen vil si opp 60 ansatte.', 'Ledelsen vil ikke si noe om saken.'), ['', 'ledelsen']);
	});

	it('reads a capitalised compound office after an owner ("sa USAs FN-ambassadør X"), and "svarte med å" as a deed', () => {
		assert.deepEqual(mains('– Dette aukar risikoen, sa USAs FN-ambassadør Linda Dahl.', '– Vi er glade, sier Norges Nato-ambassadør Kari Lie.'), ['Linda Dahl', 'Kari Lie']);
		assert.deepEqual(mains('Då opposisjonen gjekk til retten, svarte presidenten med å avsetje tre dommarar.'), ['']);
	});

	it('hears certainty stated ("er overtydd om at", "er ikkje sikker på om"), but not inside what someone else says', () => {
		assert.deepEqual(mains('Idrettspresident Kari Lie var på møtet.', 'Lie er overtydd om at det er viktig å komme i gang.'), ['', 'Kari Lie']);
		assert.deepEqual(mains('Men Ola Dahl er ikkje sikker på om det finst fleirtal for dette.'), ['Ola Dahl']);
		assert.deepEqual(attribute('Kari Lie var på møtet.', 'Ola Dahl seier at ho var sikker på at det gjekk bra.').byBlock, [[], ['Ola Dahl']]);
	});

	it('hears sympathy expressed ("uttrykker X sin medfølelse med"), and organisations in the plural as one group', () => {
		assert.deepEqual(mains('I en melding uttrykker statsminister Kari Lie sin medfølelse med familien.'), ['Kari Lie']);
		assert.deepEqual(mains('Folk bor på kvikkleire, mener opposisjonspartiene på Stortinget.', 'Bankene mener at rentene må opp.'), ['opposisjonspartiene på Stortinget', 'bankene']);
	});

	it('takes "selskapet" for the firm a titled person was said to work in ("direktør X i Rema 1000 Norge"), and for nobody without one', () => {
		const firm = mains('– Vi senker prisene, sier direktør Tom Lie i Rema 1000 Norge.', '– Det er bra, sier Lie.', 'Selskapet skriver at de har hatt god margin.');
		assert.deepEqual(firm, ['Tom Lie', 'Tom Lie', 'Rema 1000 Norge']);
		assert.deepEqual(mains('– Vi senker prisene, sier Tom Lie.', 'Selskapet skriver at de har hatt god margin.'), ['Tom Lie', '']);
	});

	it('reads traffic and operations centres and police stations as bodies ("Vegtrafikksentralen opplyser", "X i Kristiansand politistasjon sier")', () => {
		assert.deepEqual(mains('Vegtrafikksentralen opplyser at E6 er stengt.'), ['vegtrafikksentralen']);
		assert.deepEqual(mains('Etterforskningsleder Kari Lie i Kristiansand politistasjon sier politiet har vært på stedet.'), ['Kari Lie']);
	});

	it('hears nothing stated in an indirect question ("… og hvor ofte fylkesmannen mener …")', () => {
		assert.deepEqual(mains('Det er forskjeller i hvor mange som klager og hvor ofte fylkesmannen mener skolen har brutt plikten.'), ['']);
	});

	it('reads a subject past a stray comma before its verb, but not past an inserted "sier X"', () => {
		assert.deepEqual(mains('Operasjonsleder Ola Dahl i Finnmark politidistrikt, opplyser til NTB at trusselen kom digitalt.'), ['Ola Dahl']);
		assert.deepEqual(mains('Statsminister Kari Lie, sier Ola Dahl, er en god leder.'), ['Ola Dahl']);
	});

	it('hears a judgement ("ser svært alvorlig på"), and a paragraph all in «quotes» after a lead-in with a colon', () => {
		assert.deepEqual(mains('Politiet ser svært alvorlig på hendelsen.', 'Hun ser på saken i morgen.'), ['politiet', '']);
		assert.deepEqual(mains('Bane Nor sendte ut en melding på nettsidene:', '«Det er full stans i trafikken. Togene må stå stille.»'), ['Bane Nor', 'Bane Nor']);
		assert.deepEqual(mains('Ola Dahl kom hjem.', '«Lux» er utgitt i år.'), ['', '']);
	});

	it('hears proclaiming and elaborating ("proklamerte", "utbroderer"), and a name before a compound office ("Nordic Mining-direktør X")', () => {
		assert.deepEqual(mains('– Ein siger, proklamerte partileiar Kari Lie.', 'Ho utbroderer avgangen i eit innlegg på Instagram.'), ['Kari Lie', 'Kari Lie']);
		assert.deepEqual(mains('– Det er bra, seier Nordic Mining-direktør Ivar Dahl i meldinga.', '– Vi held fram, seier Oslo Ap-leiar Kari Lie.'), ['Ivar Dahl', 'Kari Lie']);
	});

	it('takes "selskapet" for a firm of several words that was the last subject, not for a person', () => {
		assert.deepEqual(mains('Nordic Mining fekk onsdag godkjenning til prosjektet. Det stadfestar selskapet i ei børsmelding.'), ['Nordic Mining']);
		assert.deepEqual(mains('Kari Lie fekk onsdag godkjenning til prosjektet. Det stadfestar selskapet i ei børsmelding.'), ['']);
	});

	it('hears "erklærte at", but declaring a state of emergency is an act', () => {
		assert.deepEqual(mains('Myndighetene i Mexico har erklært katastrofetilstand.', 'Ola Dahl erklærte at han vil stille.', 'Kari Lie har erklært at ho stiller.'), ['', 'Ola Dahl', 'Kari Lie']);
	});

	it('gives a verb after "og" the subject its clause shares, also after a fronted adverbial or "Også tidligere"', () => {
		assert.deepEqual(mains('Ola Dahl omtalte saka.', 'I går ringde han tilbake og sa at partiet har endra syn.'), ['', 'Ola Dahl']);
		assert.deepEqual(mains('Også tidligere Ap-leder Kari Lie gikk ut i VG og advarte landsmøtet mot å røre loven.'), ['Kari Lie']);
	});

	it('hears informing someone ("orienterte valnemnda om at") and "heter det fra X", but not an object before "er … imponert over"', () => {
		assert.deepEqual(mains('Ola Dahl er leiar.', 'Onsdag orienterte han valnemnda om at han ikkje stiller.'), ['', 'Ola Dahl']);
		assert.deepEqual(mains('– Suspensjonen fortsetter, heter det fra FIS.'), ['FIS']);
		assert.deepEqual(mains('Trenaren Ola Dahl var glad.', 'Sølvvinnar Kari Lie er landslagstrenaren imponert over.'), ['', '']);
	});

	it('reads "Både X og Y", keeps an acronym\'s capitals in a compound ("UDP-tilhengere"), and hears Bokmål groups ending in -erne', () => {
		assert.deepEqual(attribute('Både HRS og Sjøforsvaret opplyser at de pårørende er varslet.').byBlock, [['HRS', 'Sjøforsvaret']]);
		assert.deepEqual(mains('UDP-tilhengere hevder resultatet var rigget.', 'SV-leiinga meiner at dette er feil.'), ['UDP-tilhengere', 'SV-leiinga']);
		assert.deepEqual(mains('Det mener sykepleierne.', 'Opposisjonslederne sier at valgurner forsvant.'), ['sykepleierne', 'opposisjonslederne']);
	});

	it('keeps where unnamed sources are ("kilder i Brussel", "kjelder i partiet")', () => {
		assert.deepEqual(mains('Det sier kilder i Brussel til NTB.', '– Det haster, sier en annen kilde i Brussel.', 'Det opplyser kjelder i partiet til AFP.'), ['kilder i Brussel', 'en annen kilde i Brussel', 'kjelder i partiet']);
	});

	it('reads a field joined by "og" and a body\'s acronym before the name ("direktør for analyse og samfunn X", "leder i NSR-N X")', () => {
		assert.deepEqual(mains('– Det betyr mye, sier divisjonsdirektør for analyse og samfunn Kari Lie i Helsedirektoratet.'), ['Kari Lie']);
		assert.deepEqual(mains('– Vi er opptatt, sier leder i NSR-N Elle Dahl.', 'NSR-N påpeker at statsministeren ikke har møtt dem.'), ['Elle Dahl', 'NSR-N']);
	});

	it('reads the subject after "ber"/"oppfordret" when an adverbial opens the sentence ("I går oppfordret X alle til å …")', () => {
		assert.deepEqual(mains('I går oppfordret Ola Dahl alle til å godta resultatet.', 'Nå ber politiet publikum om tips.'), ['Ola Dahl', 'politiet']);
	});

	it('reads a body\'s region ("Vegtrafikksentralen vest") and keeps the police of two places apart', () => {
		assert.deepEqual(mains('Vegtrafikksentralen vest opplyser at alle er i beredskap.', '– Vegen er stengt, seier Vegtrafikksentralen nord.'), ['Vegtrafikksentralen vest', 'Vegtrafikksentralen nord']);
		assert.deepEqual(mains('Politiet i Trøndelag seier at det er stengt.', 'Ifølgje politiet i Møre og Romsdal er det usikkert.'), ['politiet i Trøndelag', 'politiet i Møre og Romsdal']);
	});

	it('reads an office with a place and a body before the apposition, and an office of a named body nobody holds ("NTBs reporter")', () => {
		assert.deepEqual(mains('– Det sit langt inne, seier driftsleiar i Salten for Nordlandsbuss, Kari Lie.'), ['Kari Lie']);
		assert.deepEqual(mains('I 14.15-tida melder NTBs reporter på staden at ein person blir fira opp.', 'Høyres leiar sa at ho er glad.'), ['NTBs reporter', 'Høyres leiar']);
	});

	it('reads a subject after ", og" past an apposition, advice ("rår folk til å"), and a title\'s field as no organisation', () => {
		assert.deepEqual(mains('Mannen sit fengsla, og forsvararen hans, advokat Stian Dahl, sa til Dagbladet at dei ventar.'), ['Stian Dahl']);
		assert.deepEqual(mains('NVE rår folk til å halde seg oppdatert.'), ['NVE']);
		assert.deepEqual(mains('– Vi søkjer, sa innsatsleiar i politiet Roger Dahl.', 'Politiet presiserer at dei søkjer i husa.'), ['Roger Dahl', 'politiet']);
	});

	it('reads the subject after a fronted question ("På spørsmål om hva man kan forvente svarte X"), a degree before a view ("er lite fornøyd med"), and agreement ("er på samme linje")', () => {
		assert.deepEqual(mains('På spørsmål om hva man kan forvente svarte Ola Dahl at han skal forsøke.'), ['Ola Dahl']);
		assert.deepEqual(mains('Forbrukerminister Kari Lie (H) er lite fornøyd med økningen.', 'Leder i komiteen, Per Dahl, er på samme linje.'), ['Kari Lie', 'Per Dahl']);
	});

	it('reads a source of a kind ("En palestinsk sikkerhetskilde opplyser")', () => {
		assert.deepEqual(mains('En palestinsk sikkerhetskilde opplyser til AFP at ingen er skadet.'), ['en palestinsk sikkerhetskilde']);
	});

	it('hears "– …, erklærte X" after a quote, a name after an apposition followed by "til", and unnamed officials in the plural', () => {
		assert.deepEqual(mains('– Dette er ein stor siger, erklærte Ola Dahl allereie måndag kveld.'), ['Ola Dahl']);
		assert.deepEqual(mains('Situasjonen er uoversiktleg, stadfestar Forsvarets pressetalsmann, brigader Kari Lie til media.'), ['Kari Lie']);
		assert.deepEqual(mains('Luftangrepet skjedde i natt, ifølgje libyske tenestepersonar.', 'Totalt er fem passasjerar stadfesta smitta.'), ['libyske tenestepersonar', '']);
	});

	it('reads "ein av leiarane til opprørarane, X", an army as a body, and sources in two bodies', () => {
		assert.deepEqual(mains('– Dette er alvorleg, seier ein av leiarane til opprørarane, Per Dahl.'), ['Per Dahl']);
		assert.deepEqual(mains('Det irakiske militæret har kunngjort at styrkar blir sette inn.'), ['Det irakiske militæret']);
		assert.deepEqual(mains('Demonstrantane vart drepne, opplyser kjelder i helsevesenet og tryggingstenestene.'), ['kjelder i helsevesenet og tryggingstenestene']);
	});

	it('reads "Det hvite hus" and "Den norske kirke" as names inside a sentence, and no weekday in the genitive as a name', () => {
		assert.deepEqual(mains('Tjenestemenn skal møte motparter mandag, opplyser Det hvite hus.', 'Det melder Den norske kirke i en pressemelding.'), ['Det hvite hus', 'Den norske kirke']);
		assert.deepEqual(mains('Fredagens seier var Kildes femte i verdenscupen denne sesongen.'), ['']);
	});

	it('hears unnamed sources in a clause with "som" ("siterer anonyme regjeringskilder som sier at"), and a news site referred back to', () => {
		assert.deepEqual(mains('Avisen The Sun siterer mandag anonyme regjeringskilder som sier at ministrene har dannet en allianse.'), ['anonyme regjeringskilder']);
		assert.deepEqual(mains('Skipet står fast, melder nyhetsnettstedet Cairo24.', 'Ifølge nyhetsnettstedet var det en motorsvikt.'), ['Cairo24', 'Cairo24']);
	});

	it('hears pleading ("erklærte seg ikkje skuldig") and predicting ("spår"), and keeps "US Geological Survey" one name', () => {
		assert.deepEqual(mains('Crusius erklærte seg ikkje skuldig.', 'Analytikar Kari Lie i Nordea spår ein raud børsdag.'), ['Crusius', 'Kari Lie']);
		assert.deepEqual(mains('Skjelvet er det kraftigaste på 20 år ifølgje jordskjelvsenteret US Geological Survey (USGS).'), ['US Geological Survey']);
	});

	it('reads sheriffs, officials in the plural, the prosecution, an update as a document, and "Der Spiegel"', () => {
		assert.deepEqual(mains('– Det er ille, seier sheriff Kory Dahl.', 'Sheriffen stadfestar at brannen er den dødelegaste.'), ['Kory Dahl', 'Kory Dahl']);
		assert.deepEqual(mains('Amerikanske tenestemenn har sagt at dei trur Iran stod bak.', 'Aktoratet har sagt at dei vil gå inn for dødsstraff.'), ['amerikanske tenestemenn', 'aktoratet']);
		assert.deepEqual(mains('Dødstalet er 1.297, ifølgje ei oppdatering frå styresmaktene.', 'Det tyske vekemagasinet Der Spiegel skriv at mannen hadde kontakt med ein islamist.'), ['styresmaktene', 'Der Spiegel']);
	});

	it('reads no surname in "Nedenfor" opening a sentence before a verb of saying', () => {
		assert.deepEqual(mains('Direktør Gunn Dahl var der.', 'Nedenfor oppsummerer Dahl noen av nyvinningene:', '– Forbudet er det beste virkemiddelet vi har.'), ['', 'Gunn Dahl', 'Gunn Dahl']);
	});

	it('hears dismissing ("har avfeia … som"), and reads the health service as a body and a meteorologist as an office', () => {
		assert.deepEqual(mains('Regjeringa har avfeia folkeavstemminga som ei grunnlovsstridig farse.', 'Ifølgje katalansk helsevesen vart 893 behandla.'), ['regjeringa', 'katalansk helsevesen']);
		assert.deepEqual(mains('– Det blir vind, seier meteorolog Kari Lie.', 'Meteorologen åtvarar mot å gå ut.'), ['Kari Lie', 'Kari Lie']);
	});

	it('hears a joke after a quote ("fleipa han", "spøkte Ola Dahl"), but not joking about something in plain text', () => {
		assert.deepEqual(mains('Ola Dahl vann.', '– Litt mindre tungt i dag, fleipa han til NTB.', '– Neste gang blir det gull, spøkte Kari Lie.'), ['', 'Ola Dahl', 'Kari Lie']);
		assert.deepEqual(mains('Kari Lie spøkte med at hun var sliten.'), ['']);
	});
});
