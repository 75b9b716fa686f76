package org.parley.script.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.core.model.Language;
import org.parley.script.ToneCategory;
import org.parley.script.ToneFlag;
import org.parley.script.extension.ToneRule;
import org.parley.script.extension.ToneRuleSet;

/** The tone check in the four languages: what the practice forbids is flagged, a good reply is left alone. */
class ToneCheckTest {

    private RuleBasedToneCheck check;

    @BeforeEach
    void shippedRules() {
        check = new RuleBasedToneCheck();
        for (Language l : Language.values()) {
            check.addRuleSet(ShippedToneRules.load(l));
        }
    }

    static Stream<Arguments> flagged() {
        return Stream.of(
                Arguments.of(Language.EN, "I'm afraid it's not our fault, the parcel left on time.", ToneCategory.EXCUSE, "it's not our fault"),
                Arguments.of(Language.EN, "It is not our fault that the courier was late.", ToneCategory.EXCUSE, "It is not our fault"),
                Arguments.of(Language.EN, "We are very busy this week.", ToneCategory.EXCUSE, "We are very busy"),
                Arguments.of(Language.EN, "The system was down on Monday.", ToneCategory.EXCUSE, "The system was down"),
                Arguments.of(Language.EN, "You should have read the terms.", ToneCategory.BLAME, "You should have read"),
                Arguments.of(Language.EN, "You are wrong about the price.", ToneCategory.ARGUMENT, "You are wrong"),
                Arguments.of(Language.EN, "As I already said, the refund takes a week.", ToneCategory.ARGUMENT, "As I already said"),
                Arguments.of(Language.EN, "Please calm down.", ToneCategory.AGGRESSION, "calm down"),
                Arguments.of(Language.RU, "Это не наша вина, посылку задержал курьер.", ToneCategory.EXCUSE, "Это не наша вина"),
                Arguments.of(Language.RU, "Мы тут ни при чём.", ToneCategory.EXCUSE, "Мы тут ни при чём"),
                Arguments.of(Language.RU, "Вы сами виноваты.", ToneCategory.BLAME, "Вы сами виноваты"),
                Arguments.of(Language.RU, "Вы не правы, цена была указана.", ToneCategory.ARGUMENT, "Вы не правы"),
                Arguments.of(Language.RU, "Успокойтесь, пожалуйста.", ToneCategory.AGGRESSION, "Успокойтесь"),
                Arguments.of(Language.RO, "Nu este vina noastră că a întârziat.", ToneCategory.EXCUSE, "Nu este vina noastră"),
                Arguments.of(Language.RO, "Este vina curierului.", ToneCategory.EXCUSE, "Este vina curierului"),
                Arguments.of(Language.RO, "Trebuia să citiți contractul.", ToneCategory.BLAME, "Trebuia să citiți"),
                Arguments.of(Language.RO, "Nu aveți dreptate.", ToneCategory.ARGUMENT, "Nu aveți dreptate"),
                Arguments.of(Language.RO, "Calmați-vă, vă rog.", ToneCategory.AGGRESSION, "Calmați-vă"),
                Arguments.of(Language.PL, "To nie nasza wina, paczka wyszła na czas.", ToneCategory.EXCUSE, "To nie nasza wina"),
                Arguments.of(Language.PL, "Mamy bardzo dużo zamówień.", ToneCategory.EXCUSE, "Mamy bardzo dużo zamówień"),
                Arguments.of(Language.PL, "To pana wina.", ToneCategory.BLAME, "To pana wina"),
                Arguments.of(Language.PL, "Nie ma pani racji.", ToneCategory.ARGUMENT, "Nie ma pani racji"),
                Arguments.of(Language.PL, "Proszę się uspokoić.", ToneCategory.AGGRESSION, "Proszę się uspokoić"));
    }

    @ParameterizedTest
    @MethodSource("flagged")
    void excusesBlameArgumentAndAggressionAreFlaggedWithAnAlternative(Language language, String text,
            ToneCategory category, String phrase) {
        List<ToneFlag> flags = check.check(text, language);
        assertEquals(1, flags.size(), () -> text + " -> " + flags);
        ToneFlag f = flags.get(0);
        assertEquals(category, f.category());
        assertEquals(phrase.toLowerCase(Locale.ROOT), f.phrase().toLowerCase(Locale.ROOT));
        assertEquals(phrase.toLowerCase(Locale.ROOT), text.substring(f.start(), f.end()).toLowerCase(Locale.ROOT));
        assertFalse(f.suggestion().isBlank());
        assertEquals("parley", f.ruleSet());
    }

    static Stream<Arguments> clean() {
        return Stream.of(
                Arguments.of(Language.EN, "I am sorry this happened. I will find out what went wrong and call you back by 3 pm today."),
                Arguments.of(Language.EN, "Thank you for telling us. You are right to expect the parcel on time; the system shows it left on Monday."),
                Arguments.of(Language.EN, "You can relax: the refund is on its way. If the fault is ours, we will fix it."),
                Arguments.of(Language.RU, "Мне очень жаль, что так получилось. Я выясню, что произошло, и перезвоню вам до 15:00."),
                Arguments.of(Language.RU, "Спасибо, что сообщили. Если это не так, напишите нам, и мы всё проверим."),
                Arguments.of(Language.RO, "Îmi pare rău că s-a întâmplat. Aflu ce nu a mers și vă sun înapoi până la ora 15."),
                Arguments.of(Language.RO, "Aveți dreptate să vă așteptați la livrare la timp; vom verifica."),
                Arguments.of(Language.PL, "Przykro mi, że tak się stało. Sprawdzę, co poszło nie tak, i oddzwonię do 15:00."),
                Arguments.of(Language.PL, "Ma pani rację, paczka powinna dotrzeć wczoraj. Jak mówiłem koledze, sprawdzimy to dziś."));
    }

    @ParameterizedTest
    @MethodSource("clean")
    void aGoodReplyIsNotFlagged(Language language, String text) {
        assertEquals(List.of(), check.check(text, language));
    }

    @Test
    void eachLanguageIsCheckedWithItsOwnRulesOnly() {
        assertTrue(check.check("Это не наша вина.", Language.EN).isEmpty());
        assertEquals(1, check.check("Это не наша вина.", Language.RU).size());
    }

    @Test
    void severalPhrasesInALongMessageAreFlaggedInOrderOnce() {
        String text = "Dear client,\n" + "we looked at your order. ".repeat(200)
                + "It's not our fault, you should have read the terms. Calm down.";
        List<ToneFlag> flags = check.check(text, Language.EN);
        assertEquals(List.of(ToneCategory.EXCUSE, ToneCategory.BLAME, ToneCategory.AGGRESSION),
                flags.stream().map(ToneFlag::category).toList());
        assertTrue(flags.get(0).start() < flags.get(1).start() && flags.get(1).start() < flags.get(2).start());
    }

    @Test
    void aCompanyRuleSetAddsItsOwnPhrases() {
        ToneRuleSet telecom = new ToneRuleSet() {
            public String id() { return "com.example.telecom"; }
            public Language language() { return Language.EN; }
            public List<ToneRule> rules() {
                return List.of(ToneRule.compile(ToneCategory.EXCUSE, "it'?s the network", "We will check your line today."));
            }
        };
        check.addRuleSet(telecom);
        List<ToneFlag> flags = check.check("Sorry, it's the network.", Language.EN);
        assertEquals("com.example.telecom", flags.get(0).ruleSet());
        check.removeRuleSet(telecom);
        assertTrue(check.check("Sorry, it's the network.", Language.EN).isEmpty());
    }

    @Test
    void aMalformedRuleIsRefusedWithItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ShippedToneRules.parse("mine.rules", "# comment\nEXCUSE | ok | fine\nEXCUSE | (unclosed | fix it"));
        assertTrue(e.getMessage().startsWith("mine.rules line 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ShippedToneRules.parse("mine.rules", "RUDENESS | x | y"));
        assertTrue(e.getMessage().contains("unknown category"), e.getMessage());
    }
}
