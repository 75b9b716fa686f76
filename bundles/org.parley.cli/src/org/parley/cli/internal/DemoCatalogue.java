package org.parley.cli.internal;

import java.util.List;

import org.parley.core.model.CommitmentKind;

/**
 * What demo clients are called and what they complain about, in each language Parley ships. The complaints
 * are the everyday conflicts of the source practice: late delivery, poor quality, rude staff, a billing error,
 * a wrong or damaged item, a promised call that never came, a refused warranty repair.
 */
final class DemoCatalogue {

    /** One kind of complaint in one language: the case title, what clients say, and the agent's summary. */
    record Complaint(String title, List<String> clientWords, String agentSummary, String description) {
    }

    /**
     * A language's names: native spelling and the Latin form used in e-mail addresses. Even positions are
     * men's names, odd positions women's, in both lists, so that first and last names agree in gender.
     */
    record Names(List<String[]> first, List<String[]> last, String phonePrefix, String mailDomain) {
    }

    static final List<String> LANGUAGES = List.of("en", "ru", "ro", "pl");

    private DemoCatalogue() {
    }

    static Names names(String language) {
        return switch (language) {
            case "ru" -> new Names(pairs("Иван:ivan", "Ольга:olga", "Сергей:sergey", "Наталья:natalya", "Дмитрий:dmitry",
                    "Елена:elena", "Алексей:alexey", "Татьяна:tatyana", "Михаил:mikhail", "Анна:anna"),
                    pairs("Петров:petrov", "Смирнова:smirnova", "Кузнецов:kuznetsov", "Попова:popova",
                            "Соколов:sokolov", "Лебедева:lebedeva", "Козлов:kozlov", "Новикова:novikova",
                            "Морозов:morozov", "Волкова:volkova"),
                    "+7 9", "mail.ru");
            case "ro" -> new Names(pairs("Ion:ion", "Maria:maria", "Andrei:andrei", "Elena:elena", "Mihai:mihai",
                    "Ioana:ioana", "Vasile:vasile", "Ana:ana", "Cristian:cristian", "Mădălina:madalina"),
                    pairs("Popescu:popescu", "Rusu:rusu", "Ionescu:ionescu", "Ciobanu:ciobanu", "Munteanu:munteanu",
                            "Ceban:ceban", "Lungu:lungu", "Țurcan:turcan", "Moraru:moraru", "Bălan:balan"),
                    "+373 6", "mail.md");
            case "pl" -> new Names(pairs("Jan:jan", "Anna:anna", "Piotr:piotr", "Katarzyna:katarzyna",
                    "Tomasz:tomasz", "Agnieszka:agnieszka", "Paweł:pawel", "Małgorzata:malgorzata",
                    "Krzysztof:krzysztof", "Joanna:joanna"),
                    pairs("Nowak:nowak", "Kowalska:kowalska", "Wiśniewski:wisniewski", "Wójcik:wojcik",
                            "Lewandowski:lewandowski", "Kamińska:kaminska", "Szymański:szymanski",
                            "Zielińska:zielinska", "Kozłowski:kozlowski", "Dąbrowska:dabrowska"),
                    "+48 5", "wp.pl");
            default -> new Names(pairs("James:james", "Emily:emily", "Oliver:oliver", "Sophie:sophie",
                    "Harry:harry", "Grace:grace", "Thomas:thomas", "Chloe:chloe", "George:george", "Megan:megan"),
                    pairs("Smith:smith", "Jones:jones", "Taylor:taylor", "Brown:brown", "Williams:williams",
                            "Wilson:wilson", "Evans:evans", "Walker:walker", "Wright:wright", "Hughes:hughes"),
                    "+44 7", "example.co.uk");
        };
    }

    private static List<String[]> pairs(String... nativeAndLatin) {
        return java.util.Arrays.stream(nativeAndLatin).map(p -> p.split(":")).toList();
    }

    /** Every complaint in {@code language}; the same index is the same kind of complaint in every language. */
    static List<Complaint> complaints(String language) {
        return switch (language) {
            case "ru" -> List.of(
                    new Complaint("Задержка доставки заказа", List.of(
                            "Мне обещали доставку во вторник, сегодня пятница, а заказа всё нет! Никто не звонит.",
                            "Третий раз переносите доставку. Я отпросился с работы и ждал весь день зря."),
                            "Клиент ждёт заказ с опозданием; извинились, обещали точную дату после проверки склада.",
                            "Заказ не доставлен в обещанный срок."),
                    new Complaint("Плохое качество товара", List.of(
                            "Куртка порвалась по шву через неделю. За такие деньги это просто издевательство.",
                            "Краска облезла через месяц. Я требую нормального ремонта или возврата денег."),
                            "Выслушали, не перебивая; попросили фото дефекта, предложим замену или компенсацию.",
                            "Товар с дефектом вскоре после покупки."),
                    new Complaint("Грубость сотрудника", List.of(
                            "Ваш консультант разговаривал со мной как с пустым местом и бросил трубку.",
                            "Кассир накричала на меня при всех. Я больше не хочу к вам приходить."),
                            "Принесли извинения; разбираемся, кто из сотрудников работал в смене, без поспешных выводов.",
                            "Жалоба на поведение сотрудника."),
                    new Complaint("Ошибка в счёте", List.of(
                            "С меня списали деньги дважды за один заказ. Верните немедленно!",
                            "В счёте услуги, которые я не заказывал. Это что, развод?"),
                            "Проверяем платежи в бухгалтерии; обещали перезвонить с результатом в течение суток.",
                            "Неверная сумма в счёте или двойное списание."),
                    new Complaint("Привезли не тот товар", List.of(
                            "Заказывал синий диван, привезли серый. Неделю жду замену.",
                            "В коробке совсем другая модель телефона, чем в заказе."),
                            "Подтвердили ошибку комплектации; организуем обмен за наш счёт.",
                            "Доставлен товар, отличающийся от заказа."),
                    new Complaint("Не перезвонили, как обещали", List.of(
                            "Мне трижды обещали перезвонить, и ни одного звонка. Как это понимать?",
                            "Вы сказали «перезвоним завтра». Прошла неделя."),
                            "Извинились за невыполненное обещание; назначили звонок на конкретное время.",
                            "Обещанный обратный звонок не состоялся."),
                    new Complaint("Отказ в гарантийном ремонте", List.of(
                            "Сервис отказал в гарантии, сказали, что я сам виноват. Это неправда!",
                            "Гарантия ещё полгода, а ремонт делать не хотят."),
                            "Запросили заключение сервиса; если клиент неправ, объясним по шагам почему.",
                            "Клиент не согласен с отказом в гарантии."),
                    new Complaint("Товар повреждён при доставке", List.of(
                            "Холодильник приехал с вмятиной на двери. Курьер уехал, не дождавшись.",
                            "Посуда в коробке разбита, половина сервиза в осколках."),
                            "Зафиксировали повреждение по фото; предложили замену или скидку на выбор.",
                            "Повреждение товара при доставке."));
            case "ro" -> List.of(
                    new Complaint("Livrare întârziată", List.of(
                            "Mi s-a promis livrarea marți, azi e vineri și comanda tot nu a venit! Nimeni nu sună.",
                            "A treia oară amânați livrarea. Mi-am luat liber de la serviciu degeaba."),
                            "Clientul așteaptă comanda întârziată; ne-am cerut scuze, promitem o dată fermă după verificarea depozitului.",
                            "Comanda nu a fost livrată la termenul promis."),
                    new Complaint("Calitate proastă a produsului", List.of(
                            "Geaca s-a descusut după o săptămână. Pentru banii ăștia e o bătaie de joc.",
                            "Vopseaua s-a cojit după o lună. Cer reparație sau banii înapoi."),
                            "Am ascultat fără a întrerupe; am cerut poze cu defectul, propunem înlocuire sau compensație.",
                            "Produs cu defect la scurt timp după cumpărare."),
                    new Complaint("Angajat nepoliticos", List.of(
                            "Consultantul dumneavoastră mi-a vorbit de sus și mi-a închis telefonul.",
                            "Casiera a țipat la mine în fața tuturor. Nu mai vreau să vin la voi."),
                            "Ne-am cerut scuze; verificăm cine a fost în tură, fără concluzii pripite.",
                            "Reclamație privind comportamentul unui angajat."),
                    new Complaint("Eroare la factură", List.of(
                            "Mi s-au luat banii de două ori pentru aceeași comandă. Vreau banii înapoi imediat!",
                            "Pe factură sunt servicii pe care nu le-am comandat."),
                            "Verificăm plățile cu contabilitatea; am promis să revenim cu răspuns în 24 de ore.",
                            "Sumă greșită pe factură sau plată dublă."),
                    new Complaint("Produs greșit livrat", List.of(
                            "Am comandat o canapea albastră și mi-au adus una gri.",
                            "În cutie e alt model de telefon decât cel comandat."),
                            "Am confirmat eroarea; organizăm schimbul pe cheltuiala noastră.",
                            "Produsul livrat diferă de cel comandat."),
                    new Complaint("Nu am fost sunat înapoi", List.of(
                            "Mi s-a promis de trei ori că voi fi sunat și nimic. Cum să înțeleg asta?",
                            "Ați spus „vă sunăm mâine”. A trecut o săptămână."),
                            "Ne-am cerut scuze pentru promisiunea neîndeplinită; am stabilit o oră exactă pentru apel.",
                            "Apelul promis nu a avut loc."),
                    new Complaint("Refuz de reparație în garanție", List.of(
                            "Service-ul a refuzat garanția, au zis că e vina mea. Nu e adevărat!",
                            "Mai am jumătate de an de garanție și nu vor să repare."),
                            "Am cerut raportul service-ului; dacă clientul nu are dreptate, îi explicăm pas cu pas de ce.",
                            "Clientul contestă refuzul garanției."),
                    new Complaint("Produs deteriorat la livrare", List.of(
                            "Frigiderul a venit cu ușa îndoită. Curierul a plecat imediat.",
                            "Vesela din cutie e spartă, jumătate din set e cioburi."),
                            "Am înregistrat deteriorarea după poze; am oferit la alegere înlocuire sau reducere.",
                            "Produs deteriorat în timpul livrării."));
            case "pl" -> List.of(
                    new Complaint("Opóźniona dostawa", List.of(
                            "Obiecano mi dostawę we wtorek, dziś jest piątek, a zamówienia dalej nie ma! Nikt nie dzwoni.",
                            "Już trzeci raz przekładacie dostawę. Wziąłem wolne w pracy na darmo."),
                            "Klient czeka na spóźnione zamówienie; przeprosiliśmy, podamy pewny termin po sprawdzeniu magazynu.",
                            "Zamówienie nie dotarło w obiecanym terminie."),
                    new Complaint("Słaba jakość produktu", List.of(
                            "Kurtka rozeszła się na szwie po tygodniu. Za takie pieniądze to kpina.",
                            "Farba odeszła po miesiącu. Żądam naprawy albo zwrotu pieniędzy."),
                            "Wysłuchaliśmy bez przerywania; poprosiliśmy o zdjęcia wady, zaproponujemy wymianę lub rekompensatę.",
                            "Wada produktu wkrótce po zakupie."),
                    new Complaint("Niegrzeczny pracownik", List.of(
                            "Wasz konsultant traktował mnie jak powietrze i rzucił słuchawką.",
                            "Kasjerka nakrzyczała na mnie przy wszystkich. Nie chcę już do was przychodzić."),
                            "Przeprosiliśmy; ustalamy, kto był na zmianie, bez pochopnych wniosków.",
                            "Skarga na zachowanie pracownika."),
                    new Complaint("Błąd w rachunku", List.of(
                            "Pobrano ode mnie pieniądze dwa razy za jedno zamówienie. Oddajcie natychmiast!",
                            "Na rachunku są usługi, których nie zamawiałem."),
                            "Sprawdzamy płatności w księgowości; obiecaliśmy oddzwonić z wynikiem w ciągu doby.",
                            "Zła kwota na rachunku lub podwójne obciążenie."),
                    new Complaint("Dostarczono zły towar", List.of(
                            "Zamówiłem niebieską kanapę, przywieźli szarą.",
                            "W pudełku jest inny model telefonu niż w zamówieniu."),
                            "Potwierdziliśmy pomyłkę; organizujemy wymianę na nasz koszt.",
                            "Dostarczony towar różni się od zamówionego."),
                    new Complaint("Nikt nie oddzwonił", List.of(
                            "Trzy razy obiecano mi telefon i ani jednego połączenia. Jak mam to rozumieć?",
                            "Powiedzieliście „oddzwonimy jutro”. Minął tydzień."),
                            "Przeprosiliśmy za niedotrzymaną obietnicę; umówiliśmy rozmowę na konkretną godzinę.",
                            "Obiecany telefon zwrotny się nie odbył."),
                    new Complaint("Odmowa naprawy gwarancyjnej", List.of(
                            "Serwis odmówił gwarancji, powiedzieli, że to moja wina. To nieprawda!",
                            "Gwarancja jest jeszcze pół roku, a nie chcą naprawić."),
                            "Poprosiliśmy o opinię serwisu; jeśli klient nie ma racji, wyjaśnimy krok po kroku dlaczego.",
                            "Klient nie zgadza się z odmową gwarancji."),
                    new Complaint("Towar uszkodzony w dostawie", List.of(
                            "Lodówka przyjechała z wgniecionymi drzwiami. Kurier od razu odjechał.",
                            "Zastawa w pudełku jest rozbita, połowa kompletu to skorupy."),
                            "Zapisaliśmy uszkodzenie na podstawie zdjęć; zaproponowaliśmy wymianę albo rabat do wyboru.",
                            "Uszkodzenie towaru podczas dostawy."));
            default -> List.of(
                    new Complaint("Late delivery", List.of(
                            "I was promised delivery on Tuesday, it's Friday and still nothing! Nobody calls me back.",
                            "This is the third time you've moved my delivery. I took a day off work for nothing."),
                            "Client waiting for a late order; apologised, promised a firm date after checking the warehouse.",
                            "The order was not delivered on the promised date."),
                    new Complaint("Poor product quality", List.of(
                            "The jacket came apart at the seam after one week. For that price it's a joke.",
                            "The paint peeled off after a month. I want a proper repair or my money back."),
                            "Listened without interrupting; asked for photos of the defect, will offer a replacement or compensation.",
                            "Product defective shortly after purchase."),
                    new Complaint("Rude staff member", List.of(
                            "Your adviser talked down to me and then hung up on me.",
                            "The cashier shouted at me in front of everyone. I don't want to come back."),
                            "Apologised; finding out who was on shift before drawing any conclusions.",
                            "Complaint about a staff member's behaviour."),
                    new Complaint("Billing error", List.of(
                            "You charged me twice for the same order. Refund me right now!",
                            "My bill has services on it that I never ordered."),
                            "Checking the payments with accounts; promised to call back with the result within a day.",
                            "Wrong amount billed or a double charge."),
                    new Complaint("Wrong item delivered", List.of(
                            "I ordered a blue sofa and you delivered a grey one.",
                            "The box contains a different phone model from the one I ordered."),
                            "Confirmed the picking error; arranging an exchange at our cost.",
                            "The item delivered differs from the order."),
                    new Complaint("No call back as promised", List.of(
                            "Three times I was promised a call and not a single one came. What am I to make of that?",
                            "You said \"we'll call you tomorrow\". That was a week ago."),
                            "Apologised for the broken promise; booked the call for an exact time.",
                            "The promised call back did not happen."),
                    new Complaint("Warranty repair refused", List.of(
                            "The service centre refused the warranty and said it was my fault. That's not true!",
                            "There are six months of warranty left and they won't repair it."),
                            "Requested the service report; if the client is wrong we will explain step by step why.",
                            "Client disputes a refused warranty claim."),
                    new Complaint("Item damaged in delivery", List.of(
                            "The fridge arrived with a dented door. The courier drove off straight away.",
                            "The dishes in the box are broken, half the set is in pieces."),
                            "Recorded the damage from photos; offered a replacement or a discount, client's choice.",
                            "Goods damaged during delivery."));
        };
    }

    /** What the agent promised, in the client's language. */
    static String promise(String language, CommitmentKind kind) {
        int i = switch (kind) {
            case ACKNOWLEDGE -> 0;
            case CALL_BACK -> 1;
            case INVESTIGATE -> 2;
            case REPLACE -> 3;
            case PAY -> 4;
            default -> 5;
        };
        List<String> texts = switch (language) {
            case "ru" -> List.of("Подтвердить клиенту, что жалоба получена и прочитана",
                    "Перезвонить клиенту с результатом проверки", "Выяснить, что произошло на самом деле",
                    "Заменить товар", "Вернуть деньги клиенту", "Сообщить клиенту, что изменено в процессе");
            case "ro" -> List.of("Confirmă clientului că reclamația a fost primită și citită",
                    "Sună clientul înapoi cu rezultatul verificării", "Află ce s-a întâmplat de fapt",
                    "Înlocuiește produsul", "Returnează banii clientului", "Spune-i clientului ce s-a schimbat în proces");
            case "pl" -> List.of("Potwierdzić klientowi, że skarga została przyjęta i przeczytana",
                    "Oddzwonić do klienta z wynikiem sprawdzenia", "Ustalić, co naprawdę się stało",
                    "Wymienić towar", "Zwrócić klientowi pieniądze", "Poinformować klienta, co zmieniono w procesie");
            default -> List.of("Tell the client the complaint was received and read",
                    "Call the client back with the result of the investigation", "Find out what really happened",
                    "Replace the item", "Refund the client", "Tell the client what was changed in the process");
        };
        return texts.get(i);
    }

    /** A follow-up call's summary: the agent listened, apologised and promised a concrete time. */
    static String followUp(String language) {
        return switch (language) {
            case "ru" -> "Перезвонили, выслушали до конца, извинились; пообещали ответ в течение двух дней.";
            case "ro" -> "Am sunat înapoi, am ascultat până la capăt, ne-am cerut scuze; am promis un răspuns în două zile.";
            case "pl" -> "Oddzwoniliśmy, wysłuchaliśmy do końca, przeprosiliśmy; obiecaliśmy odpowiedź w ciągu dwóch dni.";
            default -> "Called back, listened to the end, apologised; promised an answer within two days.";
        };
    }

    /** The closing call: how it was investigated, what was done, and thanks for pointing at a weak spot. */
    static String closing(String language) {
        return switch (language) {
            case "ru" -> "Рассказали, как проверяли и что изменили; предложили компенсацию и поблагодарили за сигнал.";
            case "ro" -> "Am explicat cum am verificat și ce am schimbat; am oferit compensație și am mulțumit pentru semnal.";
            case "pl" -> "Wyjaśniliśmy, jak sprawdzaliśmy i co zmieniliśmy; zaproponowaliśmy rekompensatę i podziękowaliśmy za sygnał.";
            default -> "Explained how it was investigated and what changed; offered compensation and thanked the client.";
        };
    }

    /** The client's answer on the closing call, verbatim. */
    static String thanks(String language) {
        return switch (language) {
            case "ru" -> "Хорошо, спасибо, что всё-таки разобрались.";
            case "ro" -> "Bine, mulțumesc că v-ați ocupat până la urmă.";
            case "pl" -> "Dobrze, dziękuję, że jednak się tym zajęliście.";
            default -> "All right, thank you for sorting it out in the end.";
        };
    }
}
