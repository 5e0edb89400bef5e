<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_Cyrl" sourcelanguage="en">
    <context>
        <name>AddRemoveAgendaItemCommand</name>
        <message>
            <source>Remove agenda item</source>
            <translation>Кун тартиби масаласини ўчириш</translation>
        </message>
        <message>
            <source>Add agenda item</source>
            <translation>Кун тартибига масала қўшиш</translation>
        </message>
    </context>
    <context>
        <name>AddRemoveAppendixCommand</name>
        <message>
            <source>Remove appendix</source>
            <translation>Иловани ўчириш</translation>
        </message>
        <message>
            <source>Add appendix</source>
            <translation>Илова қўшиш</translation>
        </message>
    </context>
    <context>
        <name>AddRemoveAttendeeCommand</name>
        <message>
            <source>Remove attendee</source>
            <translation>Қатнашчини ўчириш</translation>
        </message>
        <message>
            <source>Add attendee</source>
            <translation>Қатнашчи қўшиш</translation>
        </message>
    </context>
    <context>
        <name>AddRemoveKpiRowsCommand</name>
        <message>
            <source>Remove KPI rows</source>
            <translation>Кўрсаткич қаторларини ўчириш</translation>
        </message>
        <message>
            <source>Add KPI rows</source>
            <translation>Кўрсаткич қаторларини қўшиш</translation>
        </message>
    </context>
    <context>
        <name>AddRemoveKpiTableCommand</name>
        <message>
            <source>Remove KPI table</source>
            <translation>Кўрсаткичлар жадвалини ўчириш</translation>
        </message>
        <message>
            <source>Add KPI table</source>
            <translation>Кўрсаткичлар жадвалини қўшиш</translation>
        </message>
    </context>
    <context>
        <name>AddRemoveReportCommand</name>
        <message>
            <source>Remove report</source>
            <translation>Маърузани ўчириш</translation>
        </message>
        <message>
            <source>Add report</source>
            <translation>Маъруза қўшиш</translation>
        </message>
    </context>
    <context>
        <name>AddRemoveResolutionCommand</name>
        <message>
            <source>Remove resolution</source>
            <translation>Қарорни ўчириш</translation>
        </message>
        <message>
            <source>Add resolution</source>
            <translation>Қарор қўшиш</translation>
        </message>
    </context>
    <context>
        <name>AgendaPage</name>
        <message>
            <source>A&amp;genda:</source>
            <translation>Кун &amp;тартиби:</translation>
        </message>
        <message>
            <source>Agenda items</source>
            <translation>Кун тартиби масалалари</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Юқорига</translation>
        </message>
        <message>
            <source>Move the item up (Alt+Up)</source>
            <translation>Масалани юқорига суриш (Alt+Up)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Пастга</translation>
        </message>
        <message>
            <source>Move the item down (Alt+Down)</source>
            <translation>Масалани пастга суриш (Alt+Down)</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>&amp;Номи:</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Маърузалар</translation>
        </message>
        <message>
            <source>Add report</source>
            <translation>Маъруза қўшиш</translation>
        </message>
        <message>
            <source>Remove report</source>
            <translation>Маърузани ўчириш</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>Муҳокама</translation>
        </message>
        <message>
            <source>Pa&amp;rticipants:</source>
            <translation>&amp;Иштирокчилар:</translation>
        </message>
        <message>
            <source>Printed names, separated by commas</source>
            <translation>Босма шаклдаги исмлар, вергул билан</translation>
        </message>
        <message>
            <source>Su&amp;mmary:</source>
            <translation>&amp;Мазмуни:</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Қўшиш</translation>
        </message>
        <message>
            <source>Add an agenda item after the selected one (Insert)</source>
            <translation>Танланган масаладан кейин янги масала қўшиш (Insert)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ўчириш</translation>
        </message>
        <message>
            <source>Remove the selected agenda item (Ctrl+Delete)</source>
            <translation>Танланган масалани ўчириш (Ctrl+Delete)</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>Маъ&amp;руза:</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Овоз бериш</translation>
        </message>
        <message>
            <source>The vote on the item as a whole, when the members vote on the question rather than on each resolution.</source>
            <translation>Масала бўйича умумий овоз бериш: аъзолар ҳар бир қарор бўйича эмас, бутун масала бўйича овоз берганда қўлланади.</translation>
        </message>
    </context>
    <context>
        <name>AppendicesPage</name>
        <message>
            <source>&amp;Documents attached to the protocol:</source>
            <translation>Баённомага илова қилинган &amp;ҳужжатлар:</translation>
        </message>
        <message>
            <source>Appendices</source>
            <translation>Иловалар</translation>
        </message>
        <message>
            <source>The k-th "(ilova qilinadi)" in the text refers to the k-th document; each prints after the signatures under the number shown</source>
            <translation>Матндаги к-чи "(ilova qilinadi)" к-чи ҳужжатга тегишли; ҳар бири имзолардан кейин кўрсатилган рақам остида чоп этилади</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>Қ&amp;ўшиш</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Ў&amp;чириш</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Юқорига</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>&amp;Пастга</translation>
        </message>
        <message>
            <source>Appendices check</source>
            <translation>Иловалар текшируви</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Номи:</translation>
        </message>
        <message>
            <source>The document's title, printed under its number</source>
            <translation>Ҳужжат номи, рақами остида чоп этилади</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>&amp;Матни:</translation>
        </message>
        <message>
            <source>Paragraphs; "## " starts a heading, "- " a bullet</source>
            <translation>Хатбошилар; "## " сарлавҳа бошлайди, "- " рўйхат бандини</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsDialog</name>
        <message>
            <source>Files attached to the meeting</source>
            <translation>Йиғилишга бириктирилган файллар</translation>
        </message>
        <message>
            <source>&amp;Files kept with the meeting (the SHA-256 proves the bytes are those attached):</source>
            <translation>Йиғилиш билан сақланадиган &amp;файллар (SHA-256 байтлар айнан бириктирилганлари эканини тасдиқлайди):</translation>
        </message>
        <message>
            <source>Attached files</source>
            <translation>Бириктирилган файллар</translation>
        </message>
        <message>
            <source>&amp;Attach file…</source>
            <translation>Файл &amp;бириктириш…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Очиш</translation>
        </message>
        <message>
            <source>Open a copy of the file with the system's viewer</source>
            <translation>Файл нусхасини тизимдаги кўрувчи дастурда очиш</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>Ў&amp;чириш…</translation>
        </message>
    </context>
    <context>
        <name>Bayon::AgendaModel</name>
        <message>
            <source>(untitled)</source>
            <translation>(номсиз)</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Кун тартиби масаласи</translation>
        </message>
    </context>
    <context>
        <name>Bayon::AppendicesPage</name>
        <message>
            <source>%1-ilova — %2</source>
            <translation>%1-илова — %2</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(номсиз)</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Огоҳлантириш: %1</translation>
        </message>
    </context>
    <context>
        <name>Bayon::AttachmentListModel</name>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>PNG расм</translation>
        </message>
        <message>
            <source>JPEG image</source>
            <translation>JPEG расм</translation>
        </message>
        <message numerus="yes">
            <source>%n bytes</source>
            <translation>
                <numerusform>%n байт</numerusform>
                <numerusform>%n байт</numerusform>
            </translation>
        </message>
        <message>
            <source>Attached by %1</source>
            <translation>Бириктирган: %1</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Номи</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тури</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ҳажми</translation>
        </message>
        <message>
            <source>Attached</source>
            <translation>Бириктирилган</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
    </context>
    <context>
        <name>Bayon::AttachmentsDialog</name>
        <message>
            <source>Files of meeting № %1 of %2</source>
            <translation>%2 даги № %1 йиғилиш файллари</translation>
        </message>
        <message>
            <source>This meeting is %1: files can be attached to it, but not removed until it is reopened.</source>
            <translation>Бу йиғилиш ҳолати: %1. Унга файл бириктириш мумкин, лекин қайта очилмагунча файлларни ўчириб бўлмайди.</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Файл бириктириш</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 ни ўқиб бўлмайди: %2</translation>
        </message>
        <message>
            <source>No temporary folder: %1</source>
            <translation>Вақтинчалик жилд йўқ: %1</translation>
        </message>
        <message>
            <source>The file was not attached</source>
            <translation>Файл бириктирилмади</translation>
        </message>
        <message>
            <source>The file was not opened</source>
            <translation>Файл очилмади</translation>
        </message>
        <message>
            <source>The stored bytes of %1 no longer have the SHA-256 they were attached with.</source>
            <translation>%1 файлининг сақланган байтлари энди бириктирилгандаги SHA-256 га мос келмайди.</translation>
        </message>
        <message>
            <source>No program to show %1 was found. A copy is in %2.</source>
            <translation>%1 ни кўрсатадиган дастур топилмади. Нусхаси: %2.</translation>
        </message>
        <message>
            <source>Remove the file</source>
            <translation>Файлни ўчириш</translation>
        </message>
        <message>
            <source>Remove %1 from the meeting? Its bytes are deleted from the database; the history keeps a line saying so.</source>
            <translation>%1 йиғилишдан ўчирилсинми? Унинг байтлари маълумотлар базасидан ўчирилади; тарихда бу ҳақда ёзув қолади.</translation>
        </message>
        <message>
            <source>The file was not removed</source>
            <translation>Файл ўчирилмади</translation>
        </message>
    </context>
    <context>
        <name>Bayon::AttendanceModel</name>
        <message>
            <source>Full name</source>
            <translation>Ф.И.Ш.</translation>
        </message>
        <message>
            <source>As printed</source>
            <translation>Босма шакли</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Лавозими</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Ташкилот</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Мақоми</translation>
        </message>
        <message>
            <source>Presence</source>
            <translation>Иштироки</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Изоҳ</translation>
        </message>
    </context>
    <context>
        <name>Bayon::AuditLogModel</name>
        <message>
            <source>Status changed</source>
            <translation>Ҳолат ўзгартирилди</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Қайта очилди</translation>
        </message>
        <message>
            <source>Revision restored</source>
            <translation>Таҳрир тикланди</translation>
        </message>
        <message>
            <source>File attached</source>
            <translation>Файл бириктирилди</translation>
        </message>
        <message>
            <source>File removed</source>
            <translation>Файл ўчирилди</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Импорт қилинди</translation>
        </message>
        <message>
            <source>Control hash stored: %1</source>
            <translation>Назорат хеши сақланди: %1</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Вақт</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Фойдаланувчи</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Амал</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Ҳолати</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Таҳрир</translation>
        </message>
        <message>
            <source>Note or reason</source>
            <translation>Изоҳ ёки сабаб</translation>
        </message>
    </context>
    <context>
        <name>Bayon::CouncilMemberModel</name>
        <message>
            <source>A member needs a name.</source>
            <translation>Аъзонинг исми бўлиши керак.</translation>
        </message>
        <message>
            <source>The term of %1 ends before it begins.</source>
            <translation>%1 ваколат муддати бошланишидан олдин тугайди.</translation>
        </message>
        <message>
            <source>dd.mm.yyyy; empty: no limit</source>
            <translation>кк.оо.йййй; бўш бўлса — чекловсиз</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Ф.И.Ш.</translation>
        </message>
        <message>
            <source>Printed as</source>
            <translation>Босма шакли</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Лавозими</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Ташкилот</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Мақоми</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Бошланиши</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Тугаши</translation>
        </message>
    </context>
    <context>
        <name>Bayon::CouncilSettingsDialog</name>
        <message>
            <source>Council settings</source>
            <translation>Кенгаш созламалари</translation>
        </message>
        <message>
            <source>Store the body; its draft meetings take the template at once, final and signed ones keep theirs</source>
            <translation>Органни сақлаш: унинг лойиҳа йиғилишлари шаблонни дарҳол олади, якуний ва имзоланганлари ўз шаблонини сақлаб қолади</translation>
        </message>
        <message>
            <source>New body</source>
            <translation>Янги орган</translation>
        </message>
        <message>
            <source>The body cannot be shown</source>
            <translation>Органни кўрсатиб бўлмайди</translation>
        </message>
        <message>
            <source>The body needs its full name, as the protocol's header prints it.</source>
            <translation>Органнинг тўлиқ номи баён сарлавҳасида қандай босилса, шундай киритилиши керак.</translation>
        </message>
        <message>
            <source>The attendee-list threshold must be at least 1. To name every attendee in the text, untick the box instead.</source>
            <translation>Қатнашчилар рўйхати чегараси камида 1 бўлиши керак. Барча қатнашчиларни матнда санаб ўтиш учун белгини олиб ташланг.</translation>
        </message>
        <message>
            <source>A fixed quorum must be at least 1 member.</source>
            <translation>Белгиланган кворум камида 1 аъзо бўлиши керак.</translation>
        </message>
        <message numerus="yes">
            <source>The fixed quorum (%1) is more than the %n member(s) serving today: no meeting could ever reach it.</source>
            <translation>
                <numerusform>Белгиланган кворум (%1) бугун ваколатдаги %n аъзодан кўп: ҳеч бир йиғилиш унга ета олмайди.</numerusform>
                <numerusform>Белгиланган кворум (%1) бугун ваколатдаги %n аъзодан кўп: ҳеч бир йиғилиш унга ета олмайди.</numerusform>
            </translation>
        </message>
        <message>
            <source>The approval block needs the position and name of who approves, or untick it.</source>
            <translation>Тасдиқлаш блокида тасдиқловчининг лавозими ва исми бўлиши керак, акс ҳолда белгини олиб ташланг.</translation>
        </message>
        <message>
            <source>The body needs its full name.</source>
            <translation>Органнинг тўлиқ номи бўлиши керак.</translation>
        </message>
        <message>
            <source>&amp;Preview: meeting № %1 of %2, open in the editor, with the template as edited</source>
            <translation>&amp;Кўриниш: муҳаррирда очиқ %2 даги № %1 йиғилиш, таҳрирланган шаблон билан</translation>
        </message>
        <message>
            <source>&amp;Preview: the body's next meeting, № %1 of %2. The meeting open in the editor is %3: it keeps the template it was finalised with.</source>
            <translation>&amp;Кўриниш: органнинг кейинги йиғилиши, %2 даги № %1. Муҳаррирда очиқ йиғилиш ҳолати: %3, у якунлангандаги шаблонини сақлаб қолади.</translation>
        </message>
        <message>
            <source>&amp;Preview: the body's next meeting, № %1 of %2 (no agenda yet)</source>
            <translation>&amp;Кўриниш: органнинг кейинги йиғилиши, %2 даги № %1 (кун тартиби ҳали йўқ)</translation>
        </message>
        <message>
            <source>No member serves today: add the members above.</source>
            <translation>Бугун ваколатдаги аъзо йўқ: аъзоларни юқорида қўшинг.</translation>
        </message>
        <message numerus="yes">
            <source>Of the %n member(s) serving today, %1 present make a quorum.</source>
            <translation>
                <numerusform>Бугун ваколатдаги %n аъзодан %1 нафари қатнашса, кворум бўлади.</numerusform>
                <numerusform>Бугун ваколатдаги %n аъзодан %1 нафари қатнашса, кворум бўлади.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 пиксел</translation>
        </message>
        <message>
            <source>No emblem</source>
            <translation>Эмблема йўқ</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 ни ўқиб бўлмайди: %2</translation>
        </message>
        <message>
            <source>%1 is not an image Bayon can read (%2).</source>
            <translation>%1 — Bayon ўқий оладиган расм эмас (%2).</translation>
        </message>
        <message>
            <source>%1 could not be turned into PNG.</source>
            <translation>%1 ни PNG га айлантириб бўлмади.</translation>
        </message>
        <message>
            <source>Choose the emblem</source>
            <translation>Эмблемани танланг</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg);;All files (*)</source>
            <translation>Расмлар (*.png *.jpg *.jpeg *.bmp *.gif *.svg);;Барча файллар (*)</translation>
        </message>
        <message>
            <source>The emblem was not taken</source>
            <translation>Эмблема олинмади</translation>
        </message>
        <message>
            <source>Unsaved settings</source>
            <translation>Сақланмаган созламалар</translation>
        </message>
        <message>
            <source>Save the changes to %1?</source>
            <translation>%1: ўзгаришлар сақлансинми?</translation>
        </message>
        <message>
            <source>the new body</source>
            <translation>Янги орган</translation>
        </message>
        <message>
            <source>The settings were not saved</source>
            <translation>Созламалар сақланмади</translation>
        </message>
    </context>
    <context>
        <name>Bayon::DecisionRegisterHistoryModel</name>
        <message>
            <source>Written down %1</source>
            <translation>Ёзиб қўйилган: %1</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Сана</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Ҳолати</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Изоҳ</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Киритган</translation>
        </message>
    </context>
    <context>
        <name>Bayon::DecisionRegisterModel</name>
        <message>
            <source>next meeting (%1)</source>
            <translation>кейинги йиғилиш (%1)</translation>
        </message>
        <message>
            <source>next meeting</source>
            <translation>кейинги йиғилиш</translation>
        </message>
        <message>
            <source>%1, overdue</source>
            <translation>%1, муддати ўтган</translation>
        </message>
        <message numerus="yes">
            <source>Overdue by %n day(s): due %1</source>
            <translation>
                <numerusform>Муддати %n кун ўтган: муддат %1</numerusform>
                <numerusform>Муддати %n кун ўтган: муддат %1</numerusform>
            </translation>
        </message>
        <message>
            <source>The resolution's number in its meeting</source>
            <translation>Қарорнинг ўз йиғилишидаги рақами</translation>
        </message>
        <message>
            <source>The deadline; “next meeting” shows the date once that meeting exists</source>
            <translation>Муддат; “кейинги йиғилиш” учун сана ўша йиғилиш яратилгач кўринади</translation>
        </message>
        <message>
            <source>Days past the deadline of a decision not yet done</source>
            <translation>Бажарилмаган қарор муддатидан ўтган кунлар</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Йиғилиш</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Сана</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Қарор</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тури</translation>
        </message>
        <message>
            <source>Addressee</source>
            <translation>Кимга</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Масъул</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Муддат</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Ҳолати</translation>
        </message>
        <message>
            <source>Status note</source>
            <translation>Ҳолат изоҳи</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>Кечикиш (кун)</translation>
        </message>
    </context>
    <context>
        <name>Bayon::DecisionRegisterWidget</name>
        <message>
            <source>&amp;PDF…</source>
            <translation>&amp;PDF…</translation>
        </message>
        <message>
            <source>&amp;ODT (word processor)…</source>
            <translation>&amp;ODT (матн муҳаррири)…</translation>
        </message>
        <message>
            <source>&amp;CSV (spreadsheet)…</source>
            <translation>&amp;CSV (электрон жадвал)…</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Барчаси</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Муддати ўтган</translation>
        </message>
        <message>
            <source>All councils</source>
            <translation>Барча кенгашлар</translation>
        </message>
        <message>
            <source>The register cannot be read: %1</source>
            <translation>Реестрни ўқиб бўлмайди: %1</translation>
        </message>
        <message>
            <source>No decision selected.</source>
            <translation>Қарор танланмаган.</translation>
        </message>
        <message>
            <source>Meeting № %1 of %2, resolution %3 — %4</source>
            <translation>%2 даги № %1 йиғилиш, %3-қарор — %4</translation>
        </message>
        <message>
            <source>Council: %1</source>
            <translation>Кенгаш: %1</translation>
        </message>
        <message>
            <source>Kind: %1</source>
            <translation>Тури: %1</translation>
        </message>
        <message>
            <source>Addressee: %1</source>
            <translation>Кимга: %1</translation>
        </message>
        <message>
            <source>Responsible: %1</source>
            <translation>Масъул: %1</translation>
        </message>
        <message>
            <source>Deadline: %1</source>
            <translation>Муддат: %1</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Ҳолати: %1</translation>
        </message>
        <message numerus="yes">
            <source>Overdue by %n day(s).</source>
            <translation>
                <numerusform>Муддати %n кун ўтган.</numerusform>
                <numerusform>Муддати %n кун ўтган.</numerusform>
            </translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Изоҳ: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) shown</source>
            <translation>
                <numerusform>%n та қарор кўрсатилган</numerusform>
                <numerusform>%n та қарор кўрсатилган</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n overdue</source>
            <translation>
                <numerusform>, %n тасининг муддати ўтган</numerusform>
                <numerusform>, %n тасининг муддати ўтган</numerusform>
            </translation>
        </message>
        <message>
            <source>The follow-up was not recorded</source>
            <translation>Ижро ҳолати ёзилмади</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>OpenDocument text (*.odt)</source>
            <translation>OpenDocument матни (*.odt)</translation>
        </message>
        <message>
            <source>Comma-separated values (*.csv)</source>
            <translation>Вергул билан ажратилган қийматлар (*.csv)</translation>
        </message>
        <message>
            <source>Export the register</source>
            <translation>Реестрни экспорт қилиш</translation>
        </message>
        <message>
            <source>The register was not exported</source>
            <translation>Реестр экспорт қилинмади</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Ёзилди: %1</translation>
        </message>
        <message>
            <source>The register was not printed</source>
            <translation>Реестр чоп этилмади</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Чоп этишдан олдин кўриш</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ExportReviewCopyDialog</name>
        <message>
            <source>№ %1 · %2 · %3 · %4</source>
            <translation>№ %1 · %2 · %3 · %4</translation>
        </message>
        <message>
            <source>Review copy</source>
            <translation>Кўриб чиқиш нусхаси</translation>
        </message>
        <message>
            <source>Bayon review copies (*.bayon)</source>
            <translation>Bayon кўриб чиқиш нусхалари (*.bayon)</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ExtractController</name>
        <message>
            <source>No extract</source>
            <translation>Кўчирма йўқ</translation>
        </message>
        <message>
            <source>The meeting has no agenda item to extract.</source>
            <translation>Йиғилишда кўчирма олинадиган кун тартиби масаласи йўқ.</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Ёзилди: %1</translation>
        </message>
        <message>
            <source>No resolution of this meeting names an addressee.</source>
            <translation>Бу йиғилишнинг ҳеч бир қарорида адресат кўрсатилмаган.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ExtractDialog</name>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>OpenDocument text (ODT)</source>
            <translation>OpenDocument матни (ODT)</translation>
        </message>
        <message>
            <source>Web page (HTML)</source>
            <translation>Веб-саҳифа (HTML)</translation>
        </message>
        <message>
            <source>Markdown</source>
            <translation>Markdown</translation>
        </message>
        <message>
            <source>Plain text</source>
            <translation>Оддий матн</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Экспорт</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>&amp;Кўриш…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Чоп этиш…</translation>
        </message>
        <message>
            <source>meeting № %1 of %2</source>
            <translation>%2 даги № %1 йиғилиш</translation>
        </message>
        <message>
            <source>Extract of an agenda item</source>
            <translation>Кун тартиби масаласи бўйича кўчирма</translation>
        </message>
        <message>
            <source>“BAYONNOMADAN KOʻCHIRMA” of %1: the header, the agenda item under its numeral, what was heard, said and decided on it, and the secretary's certification.</source>
            <translation>%1 бўйича “BAYONNOMADAN KOʻCHIRMA”: сарлавҳа, ўз рақами остидаги кун тартиби масаласи, у бўйича нима тинглангани, айтилгани ва қарор қилингани ҳамда котибнинг тасдиғи.</translation>
        </message>
        <message>
            <source>&amp;Agenda item:</source>
            <translation>Кун тартиби &amp;масаласи:</translation>
        </message>
        <message>
            <source>Extract for an addressee</source>
            <translation>Адресат учун кўчирма</translation>
        </message>
        <message>
            <source>“BAYONNOMADAN KOʻCHIRMA” of %1 with every resolution addressed to one organisation or person, for sending out.</source>
            <translation>%1 бўйича “BAYONNOMADAN KOʻCHIRMA”: битта ташкилот ёки шахсга қаратилган барча қарорлар билан, жўнатиш учун.</translation>
        </message>
        <message>
            <source>&amp;Addressee:</source>
            <translation>&amp;Кимга:</translation>
        </message>
        <message>
            <source>Every resolution whose addressee or responsible person contains this text</source>
            <translation>Адресати ёки масъул шахсида шу матн бўлган барча қарорлар</translation>
        </message>
        <message>
            <source>The meeting has no agenda item to extract.</source>
            <translation>Йиғилишда кўчирма олинадиган кун тартиби масаласи йўқ.</translation>
        </message>
        <message>
            <source>Choose the agenda item.</source>
            <translation>Кун тартиби масаласини танланг.</translation>
        </message>
        <message>
            <source>No resolution of this meeting names an addressee.</source>
            <translation>Бу йиғилишнинг ҳеч бир қарорида адресат кўрсатилмаган.</translation>
        </message>
        <message>
            <source>Choose or type the addressee.</source>
            <translation>Адресатни танланг ёки ёзинг.</translation>
        </message>
        <message>
            <source>No resolution of this meeting is addressed to “%1”.</source>
            <translation>Бу йиғилишнинг ҳеч бир қарори “%1” га қаратилмаган.</translation>
        </message>
        <message>
            <source>Save the extract</source>
            <translation>Кўчирмани сақлаш</translation>
        </message>
        <message>
            <source>The extract cannot be shown</source>
            <translation>Кўчирмани кўрсатиб бўлмайди</translation>
        </message>
        <message>
            <source>The extract was not printed</source>
            <translation>Кўчирма чоп этилмади</translation>
        </message>
        <message>
            <source>Choose the file to write.</source>
            <translation>Ёзиладиган файлни танланг.</translation>
        </message>
        <message>
            <source>The extract was not written</source>
            <translation>Кўчирма ёзилмади</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Файл алмаштирилсинми?</translation>
        </message>
        <message>
            <source>%1 exists. Replace it with the extract?</source>
            <translation>%1 мавжуд. У кўчирма билан алмаштирилсинми?</translation>
        </message>
        <message>
            <source>Latin</source>
            <translation>Лотин</translation>
        </message>
        <message>
            <source>Cyrillic</source>
            <translation>Кирилл</translation>
        </message>
    </context>
    <context>
        <name>Bayon::FindDialog</name>
        <message>
            <source>Nothing found.</source>
            <translation>Ҳеч нарса топилмади.</translation>
        </message>
        <message>
            <source>Places found: %1</source>
            <translation>Топилган жойлар: %1</translation>
        </message>
    </context>
    <context>
        <name>Bayon::HistoryDialog</name>
        <message>
            <source>Meeting № %1 of %2: %3, revision %4.</source>
            <translation>%2 даги № %1 йиғилиш: %3, %4-таҳрир.</translation>
        </message>
        <message>
            <source>This meeting is %1: its text cannot be restored to an earlier revision. Reopen it for editing first (Meeting menu); it then becomes a draft again.</source>
            <translation>Бу йиғилиш ҳолати: %1. Унинг матнини олдинги таҳрирга қайтариб бўлмайди. Аввал уни таҳрирлаш учун қайта очинг (Йиғилиш менюси); шунда у яна лойиҳага айланади.</translation>
        </message>
        <message>
            <source>the current text</source>
            <translation>жорий матн</translation>
        </message>
        <message>
            <source>revision %1</source>
            <translation>%1-таҳрир</translation>
        </message>
        <message>
            <source>revision %1 · %2 · %3</source>
            <translation>%1-таҳрир · %2 · %3</translation>
        </message>
        <message>
            <source>The revision cannot be read: %1</source>
            <translation>Таҳрирни ўқиб бўлмайди: %1</translation>
        </message>
        <message>
            <source>&amp;Restore revision %1…</source>
            <translation>%1-таҳрирни тик&amp;лаш…</translation>
        </message>
        <message>
            <source>&amp;Restore this revision…</source>
            <translation>Шу таҳрирни тик&amp;лаш…</translation>
        </message>
        <message>
            <source>The revision cannot be restored</source>
            <translation>Таҳрирни тиклаб бўлмайди</translation>
        </message>
        <message>
            <source>Restore a revision</source>
            <translation>Таҳрирни тиклаш</translation>
        </message>
        <message>
            <source>Restore revision %1?

Its text becomes the meeting's text again and is kept as a new revision; the status, the follow-up of the decisions and the attached files stay as they are. Undo (Ctrl+Z) in the editor puts back the text from before.</source>
            <translation>%1-таҳрир тиклансинми?

Унинг матни яна йиғилиш матнига айланади ва янги таҳрир сифатида сақланади; ҳолат, қарорлар ижроси ва бириктирилган файллар ўзгармайди. Муҳаррирда бекор қилиш (Ctrl+Z) олдинги матнни қайтаради.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::KpiTableModel</name>
        <message>
            <source>“%1” is not a number. Write it the Uzbek way: 1 152 or 11,2.</source>
            <translation>“%1” сон эмас. Ўзбекча ёзинг: 1 152 ёки 11,2.</translation>
        </message>
        <message>
            <source>“%1” is not a change. Write a factor (1,4 barobar) or a percentage (+25 %).</source>
            <translation>“%1” ўзгариш эмас. Марта (1,4 barobar) ёки фоиз (+25 %) кўринишида ёзинг.</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Кўрсаткич</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Қиймат</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Бирлиги</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Давр</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Ўзгариш</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Изоҳ</translation>
        </message>
        <message>
            <source>Paste KPI rows</source>
            <translation>Кўрсаткич қаторларини қўйиш</translation>
        </message>
    </context>
    <context>
        <name>Bayon::LifecycleController</name>
        <message>
            <source>Status and control code</source>
            <translation>Ҳолат ва назорат коди</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Файл бириктириш</translation>
        </message>
        <message>
            <source>The control code is printed in the footer of every page of the protocol: a paper copy with this code is this text.</source>
            <translation>Назорат коди баённинг ҳар бир саҳифаси пастида чоп этилади: шу кодли қоғоз нусха айнан шу матндир.</translation>
        </message>
        <message>
            <source>The status cannot change so</source>
            <translation>Ҳолатни бундай ўзгартириб бўлмайди</translation>
        </message>
        <message>
            <source>Lock the protocol</source>
            <translation>Баённи қулфлаш</translation>
        </message>
        <message>
            <source>A %1 meeting is read-only: its protocol cannot be changed until it is reopened.

Set the status to %1?</source>
            <translation>Ҳолати «%1» бўлган йиғилишни фақат ўқиш мумкин: қайта очилмагунча баёнини ўзгартириб бўлмайди.

Ҳолат «%1» қилинсинми?</translation>
        </message>
        <message>
            <source>The status was not changed</source>
            <translation>Ҳолат ўзгартирилмади</translation>
        </message>
        <message>
            <source>This meeting is %1. Reopening it turns it back into a draft that can be changed, and the protocol will have to be finalised and signed again.</source>
            <translation>Бу йиғилиш ҳолати: %1. Қайта очилса, у ўзгартириш мумкин бўлган лойиҳага қайтади, баённи эса яна якунлаб, қайта имзолаш керак бўлади.</translation>
        </message>
        <message>
            <source>The meeting was not reopened</source>
            <translation>Йиғилиш қайта очилмади</translation>
        </message>
        <message>
            <source>Reopened: the meeting is a draft again.</source>
            <translation>Қайта очилди: йиғилиш яна лойиҳа.</translation>
        </message>
        <message>
            <source>The history cannot be shown</source>
            <translation>Тарихни кўрсатиб бўлмайди</translation>
        </message>
        <message>
            <source>The revision was not restored</source>
            <translation>Таҳрир тикланмади</translation>
        </message>
        <message>
            <source>This meeting is %1: its protocol is read-only, and no earlier revision can be put back. Reopen it for editing first; it then becomes a draft again.</source>
            <translation>Бу йиғилиш ҳолати: %1. Баёнини фақат ўқиш мумкин, олдинги таҳрирни қайтариб бўлмайди. Аввал уни таҳрирлаш учун қайта очинг; шунда у яна лойиҳага айланади.</translation>
        </message>
        <message>
            <source>Revision %1 restored as revision %2. Undo puts back the text from before.</source>
            <translation>%1-таҳрир %2-таҳрир сифатида тикланди. Бекор қилиш олдинги матнни қайтаради.</translation>
        </message>
        <message>
            <source>The file was not attached</source>
            <translation>Файл бириктирилмади</translation>
        </message>
        <message>
            <source>Attached: %1 (SHA-256 %2…)</source>
            <translation>Бириктирилди: %1 (SHA-256 %2…)</translation>
        </message>
        <message>
            <source>Final · control code %1</source>
            <translation>Якуний · назорат коди %1</translation>
        </message>
        <message>
            <source>Signed on %1 · control code %2</source>
            <translation>Имзоланган: %1 · назорат коди %2</translation>
        </message>
        <message>
            <source>Signed · control code %1</source>
            <translation>Имзоланган · назорат коди %1</translation>
        </message>
        <message>
            <source>The attached files cannot be shown</source>
            <translation>Бириктирилган файлларни кўрсатиб бўлмайди</translation>
        </message>
    </context>
    <context>
        <name>Bayon::MainWindow</name>
        <message>
            <source>Pages: %1</source>
            <translation>Саҳифалар: %1</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Бекор қилиш</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Қайтариш</translation>
        </message>
        <message>
            <source>Import a meeting</source>
            <translation>Йиғилишни импорт қилиш</translation>
        </message>
        <message>
            <source>Bayon meetings (*.json)</source>
            <translation>Bayon йиғилишлари (*.json)</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>PDF га экспорт</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF was not written</source>
            <translation>PDF ёзилмади</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Ёзилди: %1</translation>
        </message>
        <message>
            <source>The database cannot be opened</source>
            <translation>Маълумотлар базасини очиб бўлмайди</translation>
        </message>
        <message>
            <source>Bayon cannot open the database
%1

%2</source>
            <translation>Bayon маълумотлар базасини оча олмайди:
%1

%2</translation>
        </message>
        <message>
            <source>Choose another…</source>
            <translation>Бошқасини танлаш…</translation>
        </message>
        <message>
            <source>Create a new one…</source>
            <translation>Янгисини яратиш…</translation>
        </message>
        <message>
            <source>Bayon databases (*.sqlite *.bayon *.db);;All files (*)</source>
            <translation>Bayon маълумотлар базалари (*.sqlite *.bayon *.db);;Барча файллар (*)</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Янги маълумотлар базаси</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Маълумотлар базасини очиш</translation>
        </message>
        <message>
            <source>The file exists</source>
            <translation>Бундай файл бор</translation>
        </message>
        <message>
            <source>Choose a name for the new database that is not taken yet.</source>
            <translation>Янги маълумотлар базаси учун банд бўлмаган ном танланг.</translation>
        </message>
        <message>
            <source>The meetings cannot be listed</source>
            <translation>Йиғилишлар рўйхатини олиб бўлмайди</translation>
        </message>
        <message>
            <source>The meeting cannot be opened</source>
            <translation>Йиғилишни очиб бўлмайди</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Сақланмади: %1</translation>
        </message>
        <message>
            <source>This meeting was changed elsewhere after you opened it.</source>
            <translation>Бу йиғилиш сиз очганингиздан кейин бошқа жойда ўзгартирилди.</translation>
        </message>
        <message>
            <source>Not saved: the meeting was changed elsewhere. You will be asked again.</source>
            <translation>Сақланмади: йиғилиш бошқа жойда ўзгартирилган. Сиздан яна сўралади.</translation>
        </message>
        <message>
            <source>The meeting was not saved</source>
            <translation>Йиғилиш сақланмади</translation>
        </message>
        <message>
            <source>The meeting was not created</source>
            <translation>Йиғилиш яратилмади</translation>
        </message>
        <message>
            <source>The meeting was not duplicated</source>
            <translation>Йиғилиш нусхаси олинмади</translation>
        </message>
        <message>
            <source>This is the copy; the original stays as it was.</source>
            <translation>Бу нусха; асл йиғилиш ўзгаришсиз қолди.</translation>
        </message>
        <message>
            <source>Delete the meeting</source>
            <translation>Йиғилишни ўчириш</translation>
        </message>
        <message>
            <source>Delete meeting № %1 of %2, “%3”, with its whole protocol? This cannot be undone.</source>
            <translation>%2 даги № %1 йиғилиш, “%3”, бутун баёни билан ўчирилсинми? Буни қайтариб бўлмайди.</translation>
        </message>
        <message>
            <source>The meeting was not deleted</source>
            <translation>Йиғилиш ўчирилмади</translation>
        </message>
        <message>
            <source>The meeting was not imported</source>
            <translation>Йиғилиш импорт қилинмади</translation>
        </message>
        <message>
            <source>No meeting is open.</source>
            <translation>Ҳеч қайси йиғилиш очиқ эмас.</translation>
        </message>
        <message>
            <source>The protocol cannot be printed</source>
            <translation>Баённи чоп этиб бўлмайди</translation>
        </message>
        <message>
            <source>The protocol was not printed</source>
            <translation>Йиғилиш баёни чоп этилмади</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Чоп этишдан олдин кўриш</translation>
        </message>
        <message>
            <source>About Bayon</source>
            <translation>Bayon ҳақида</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Bayon %1&lt;/h3&gt;&lt;p&gt;Minutes of council meetings in Uzbek: drafted, stored, searched and printed, offline.&lt;/p&gt;&lt;p&gt;Built with Qt %2, ICU and SQLite.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Bayon %1&lt;/h3&gt;&lt;p&gt;Кенгаш йиғилишларининг ўзбек тилидаги баёнлари: интернетсиз тузилади, сақланади, қидирилади ва чоп этилади.&lt;/p&gt;&lt;p&gt;Qt %2, ICU ва SQLite асосида қурилган.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>not saved: changed elsewhere</source>
            <translation>сақланмади: бошқа жойда ўзгартирилган</translation>
        </message>
        <message>
            <source>saved</source>
            <translation>сақланди</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>ҳали сақланмади</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Янги йиғилиш</translation>
        </message>
        <message>
            <source>The meeting is not saved</source>
            <translation>Йиғилиш сақланмаган</translation>
        </message>
        <message>
            <source>The last changes could not be saved%1.

Close anyway and lose them?</source>
            <translation>Охирги ўзгаришларни сақлаб бўлмади%1.

Барибир ёпиб, улардан воз кечилсинми?</translation>
        </message>
        <message>
            <source>The bodies cannot be listed</source>
            <translation>Органлар рўйхатини олиб бўлмайди</translation>
        </message>
        <message>
            <source>The &amp;body whose meeting it is:</source>
            <translation>Йиғилиш қайси &amp;органники:</translation>
        </message>
        <message>
            <source>The meeting cannot be shown again</source>
            <translation>Йиғилишни қайта кўрсатиб бўлмайди</translation>
        </message>
        <message>
            <source>Council settings saved.</source>
            <translation>Кенгаш созламалари сақланди.</translation>
        </message>
        <message>
            <source>read-only review copy</source>
            <translation>фақат ўқиш учун кўриб чиқиш нусхаси</translation>
        </message>
    </context>
    <context>
        <name>Bayon::MeetingEditor</name>
        <message>
            <source>This meeting is %1: its protocol is read-only. Reopen it to correct it; it becomes a draft again.</source>
            <translation>Бу йиғилиш ҳолати: %1. Баёнини фақат ўқиш мумкин. Тузатиш учун уни қайта очинг: у яна лойиҳага айланади.</translation>
        </message>
        <message>
            <source>This is a review copy; it cannot be changed</source>
            <translation>Бу кўриб чиқиш нусхаси; уни ўзгартириб бўлмайди</translation>
        </message>
    </context>
    <context>
        <name>Bayon::MeetingListModel</name>
        <message>
            <source>Without a date</source>
            <translation>Санасиз</translation>
        </message>
        <message>
            <source>(untitled meeting)</source>
            <translation>(номсиз йиғилиш)</translation>
        </message>
        <message>
            <source>Meeting %1 of %2: %3, %4</source>
            <translation>%2 даги %1-йиғилиш: %3, %4</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Йиғилиш</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Сана</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Ҳолати</translation>
        </message>
    </context>
    <context>
        <name>Bayon::MeetingPage</name>
        <message>
            <source>(nobody)</source>
            <translation>(ҳеч ким)</translation>
        </message>
        <message>
            <source>The person was added to the meeting but not to the directory: %1</source>
            <translation>Шахс йиғилишга қўшилди, лекин маълумотномага қўшилмади: %1</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Огоҳлантириш: %1</translation>
        </message>
        <message>
            <source>No quorum line is printed: give the body's members' count above to print one.</source>
            <translation>Кворум сатри чоп этилмайди: уни чоп этиш учун юқорида орган аъзолари сонини киритинг.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::MeetingSession</name>
        <message>
            <source>The meeting was changed elsewhere; choose what to do first.</source>
            <translation>Йиғилиш бошқа жойда ўзгартирилган; аввал нима қилишни танланг.</translation>
        </message>
        <message>
            <source>This is a review copy; it cannot be changed.</source>
            <translation>Бу кўриб чиқиш нусхаси; уни ўзгартириб бўлмайди.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::OutputFile</name>
        <message>
            <source>No output file given.</source>
            <translation>Ёзиладиган файл кўрсатилмаган.</translation>
        </message>
        <message>
            <source>%1 is a folder, not a file.</source>
            <translation>%1 — файл эмас, жилд.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>%1 жилди мавжуд эмас.</translation>
        </message>
        <message>
            <source>the system gave no reason</source>
            <translation>тизим сабабини айтмади</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 ни ёзиб бўлмайди: %2</translation>
        </message>
        <message>
            <source>%1 could not be written: %2; the previous file, if any, was left as it was.</source>
            <translation>%1 ёзилмади: %2; аввалги файл (агар бўлса) ўзгаришсиз қолди.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::PreferencesDialog</name>
        <message>
            <source>A new interface language is applied at once.</source>
            <translation>Янги интерфейс тили дарҳол қўлланади.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::PreviewWidget</name>
        <message>
            <source>Preview of the printed protocol</source>
            <translation>Чоп этиладиган баённинг кўриниши</translation>
        </message>
    </context>
    <context>
        <name>Bayon::RemarkDialog</name>
        <message>
            <source>Remark on: %1</source>
            <translation>Мулоҳаза: %1</translation>
        </message>
    </context>
    <context>
        <name>Bayon::RemarkListModel</name>
        <message>
            <source>The meeting</source>
            <translation>Йиғилиш</translation>
        </message>
        <message>
            <source>Agenda item %1</source>
            <translation>Кун тартибининг %1-масаласи</translation>
        </message>
        <message>
            <source>Report %1.%2</source>
            <translation>%1.%2-маъруза</translation>
        </message>
        <message>
            <source>KPI row %1.%2.%3</source>
            <translation>%1.%2.%3-кўрсаткич</translation>
        </message>
        <message>
            <source>Resolution %1</source>
            <translation>%1-қарор</translation>
        </message>
        <message>
            <source>%1 (moved; was %2)</source>
            <translation>%1 (сурилган; аввал %2)</translation>
        </message>
        <message>
            <source>%1 (changed since)</source>
            <translation>%1 (кейин ўзгарган)</translation>
        </message>
        <message>
            <source>%1 (changed since; was %2)</source>
            <translation>%1 (кейин ўзгарган; аввал %2)</translation>
        </message>
        <message>
            <source>%1 (no longer in the meeting)</source>
            <translation>%1 (энди йиғилишда йўқ)</translation>
        </message>
        <message>
            <source>open</source>
            <translation>очиқ</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>қабул қилинган</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>рад этилган</translation>
        </message>
        <message>
            <source>noted</source>
            <translation>эътиборга олинган</translation>
        </message>
        <message>
            <source>As reviewed in revision %1:
%2</source>
            <translation>%1-таҳрирда кўриб чиқилган ҳоли:
%2</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Қисм</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Кўриб чиқувчи</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Таҳрир</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Ҳолати</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Мулоҳаза</translation>
        </message>
        <message>
            <source>Appendix %1</source>
            <translation>Илова %1</translation>
        </message>
    </context>
    <context>
        <name>Bayon::RemarksPanel</name>
        <message>
            <source>The remark was not marked</source>
            <translation>Мулоҳаза белгиланмади</translation>
        </message>
        <message>
            <source>The remark was not taken back</source>
            <translation>Мулоҳаза қайтариб олинмади</translation>
        </message>
        <message>
            <source>Choose a remark first.</source>
            <translation>Аввал мулоҳазани танланг.</translation>
        </message>
        <message>
            <source>The remarks cannot be read: %1</source>
            <translation>Мулоҳазаларни ўқиб бўлмайди: %1</translation>
        </message>
        <message>
            <source>No meeting is open.</source>
            <translation>Ҳеч қайси йиғилиш очиқ эмас.</translation>
        </message>
        <message numerus="yes">
            <source>Your remarks on this meeting: %n. They stay on this computer until you send them.</source>
            <translation>
                <numerusform>Бу йиғилиш бўйича мулоҳазаларингиз: %n. Уларни жўнатмагунингизча улар шу компьютерда қолади.</numerusform>
                <numerusform>Бу йиғилиш бўйича мулоҳазаларингиз: %n. Уларни жўнатмагунингизча улар шу компьютерда қолади.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remarks can be added to a meeting in review; this one is %1.</source>
            <translation>Мулоҳазаларни кўриб чиқишдаги йиғилишга қўшиш мумкин; бу йиғилиш ҳолати: %1.</translation>
        </message>
        <message>
            <source>No remarks on this meeting. Members' remarks come in with File ▸ Import remarks…</source>
            <translation>Бу йиғилиш бўйича мулоҳазалар йўқ. Аъзоларнинг мулоҳазалари Файл ▸ Мулоҳазаларни импорт қилиш… орқали келади.</translation>
        </message>
        <message numerus="yes">
            <source>Remarks from members: %n, of which open: %1.</source>
            <translation>
                <numerusform>Аъзоларнинг мулоҳазалари: %n, шундан очиқ: %1.</numerusform>
                <numerusform>Аъзоларнинг мулоҳазалари: %n, шундан очиқ: %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Bayon::ReopenDialog</name>
        <message>
            <source>Reopen</source>
            <translation>Қайта очиш</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ReportEditor</name>
        <message>
            <source>Printed as: %1</source>
            <translation>Босмада: %1</translation>
        </message>
        <message>
            <source>(no caption)</source>
            <translation>(сарлавҳасиз)</translation>
        </message>
        <message>
            <source>Cells that could not be read: %1. They are marked red; point at one to see why.</source>
            <translation>Ўқиб бўлмаган катаклар: %1. Улар қизил билан белгиланган; сабабини кўриш учун сичқончани устига олиб боринг.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ReportListModel</name>
        <message>
            <source>(no speaker)</source>
            <translation>(маърузачисиз)</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Маърузалар</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ResolutionModel</name>
        <message>
            <source>(no text)</source>
            <translation>(матнсиз)</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Қарор</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тури</translation>
        </message>
        <message>
            <source>Addressee</source>
            <translation>Кимга</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Масъул</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Муддат</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Ижро ҳолати</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ResolutionsPage</name>
        <message>
            <source>(the meeting as a whole)</source>
            <translation>(бутун йиғилиш бўйича)</translation>
        </message>
        <message>
            <source>Resolution %1</source>
            <translation>%1-қарор</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Қарор</translation>
        </message>
        <message>
            <source>An instruction or a recommendation needs someone responsible.</source>
            <translation>Топшириқ ёки тавсия учун масъул шахс керак.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ReviewController</name>
        <message>
            <source>Remarks</source>
            <translation>Мулоҳазалар</translation>
        </message>
        <message>
            <source>&amp;Remarks</source>
            <translation>&amp;Мулоҳазалар</translation>
        </message>
        <message>
            <source>Export &amp;review copy…</source>
            <translation>Кўриб чиқиш н&amp;усхасини экспорт қилиш…</translation>
        </message>
        <message>
            <source>One file with chosen meetings that members open read-only and send remarks from</source>
            <translation>Аъзолар фақат ўқиш учун очадиган ва мулоҳазаларини юборадиган, танланган йиғилишлардан иборат битта файл</translation>
        </message>
        <message>
            <source>Import re&amp;marks…</source>
            <translation>Му&amp;лоҳазаларни импорт қилиш…</translation>
        </message>
        <message>
            <source>The remarks file a member sent back from a review copy</source>
            <translation>Аъзо кўриб чиқиш нусхасидан қайтарган мулоҳазалар файли</translation>
        </message>
        <message>
            <source>&amp;Send remarks…</source>
            <translation>Мулоҳазаларни &amp;жўнатиш…</translation>
        </message>
        <message>
            <source>Write your remarks to a file to send to the secretary</source>
            <translation>Мулоҳазаларингизни котибга жўнатиш учун файлга ёзиш</translation>
        </message>
        <message>
            <source>Add re&amp;mark…</source>
            <translation>&amp;Мулоҳаза қўшиш…</translation>
        </message>
        <message>
            <source>review copy of %1</source>
            <translation>кўриб чиқиш нусхаси: %1</translation>
        </message>
        <message>
            <source>Members write remarks in a review copy (File ▸ Export review copy…)</source>
            <translation>Аъзолар мулоҳазаларни кўриб чиқиш нусхасида ёзади (Файл ▸ Кўриб чиқиш нусхасини экспорт қилиш…)</translation>
        </message>
        <message>
            <source>Open a meeting in review first</source>
            <translation>Аввал кўриб чиқишдаги йиғилишни очинг</translation>
        </message>
        <message>
            <source>Remarks can be added to a meeting in review; this one is %1</source>
            <translation>Мулоҳазаларни кўриб чиқишдаги йиғилишга қўшиш мумкин; бу йиғилиш ҳолати: %1</translation>
        </message>
        <message>
            <source>No database is open.</source>
            <translation>Ҳеч қайси маълумотлар базаси очиқ эмас.</translation>
        </message>
        <message>
            <source>Remarks are written in a review copy.</source>
            <translation>Мулоҳазалар кўриб чиқиш нусхасида ёзилади.</translation>
        </message>
        <message>
            <source>No meeting is open.</source>
            <translation>Ҳеч қайси йиғилиш очиқ эмас.</translation>
        </message>
        <message>
            <source>Remarks are sent from a review copy.</source>
            <translation>Мулоҳазалар кўриб чиқиш нусхасидан жўнатилади.</translation>
        </message>
        <message>
            <source>Remarks are imported into the council's own database.</source>
            <translation>Мулоҳазалар кенгашнинг ўз маълумотлар базасига импорт қилинади.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 ни ўқиб бўлмайди: %2</translation>
        </message>
        <message>
            <source>The meetings cannot be listed</source>
            <translation>Йиғилишлар рўйхатини олиб бўлмайди</translation>
        </message>
        <message>
            <source>The review copy was not written</source>
            <translation>Кўриб чиқиш нусхаси ёзилмади</translation>
        </message>
        <message numerus="yes">
            <source>Review copy written: %1 (%n meeting(s)).</source>
            <translation>
                <numerusform>Кўриб чиқиш нусхаси ёзилди: %1 (%n та йиғилиш).</numerusform>
                <numerusform>Кўриб чиқиш нусхаси ёзилди: %1 (%n та йиғилиш).</numerusform>
            </translation>
        </message>
        <message>
            <source>The remark was not added</source>
            <translation>Мулоҳаза қўшилмади</translation>
        </message>
        <message>
            <source>Remark kept on this computer. File ▸ Send remarks… writes them for the secretary.</source>
            <translation>Мулоҳаза шу компьютерда сақланди. Файл ▸ Мулоҳазаларни жўнатиш… уларни котиб учун ёзади.</translation>
        </message>
        <message>
            <source>Send remarks</source>
            <translation>Мулоҳазаларни жўнатиш</translation>
        </message>
        <message>
            <source>Bayon remarks (*.json)</source>
            <translation>Bayon мулоҳазалари (*.json)</translation>
        </message>
        <message>
            <source>The remarks were not written</source>
            <translation>Мулоҳазалар ёзилмади</translation>
        </message>
        <message>
            <source>Remarks written to %1: send this file to the secretary.</source>
            <translation>Мулоҳазалар %1 га ёзилди: шу файлни котибга жўнатинг.</translation>
        </message>
        <message>
            <source>Import remarks</source>
            <translation>Мулоҳазаларни импорт қилиш</translation>
        </message>
        <message>
            <source>Bayon remarks (*.json);;All files (*)</source>
            <translation>Bayon мулоҳазалари (*.json);;Барча файллар (*)</translation>
        </message>
        <message>
            <source>The remarks were not imported</source>
            <translation>Мулоҳазалар импорт қилинмади</translation>
        </message>
        <message>
            <source>Nothing was imported from %1.

%2</source>
            <translation>%1 дан ҳеч нарса импорт қилинмади.

%2</translation>
        </message>
        <message>
            <source>Remarks from %1: %2 new, %3 already imported before.</source>
            <translation>%1 дан мулоҳазалар: %2 та янги, %3 таси аввал импорт қилинган.</translation>
        </message>
        <message>
            <source>A remark on the part selected: the meeting, an agenda item, a report, a KPI row, a resolution or an appendix</source>
            <translation>Танланган қисм бўйича мулоҳаза: йиғилиш, кун тартиби масаласи, маъруза, кўрсаткич қатори, қарор ёки илова</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ReviewCopyBanner</name>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>(no council named)</source>
            <translation>(кенгаш кўрсатилмаган)</translation>
        </message>
        <message numerus="yes">
            <source>Review copy of %1: %n meeting(s) of %2, made on %3.</source>
            <translation>
                <numerusform>Кўриб чиқиш нусхаси (%1): %2 даги %n та йиғилиш, %3 да тайёрланган.</numerusform>
                <numerusform>Кўриб чиқиш нусхаси (%1): %2 даги %n та йиғилиш, %3 да тайёрланган.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Review copy of %1: %n meeting(s) of %2, made on %3 by %4.</source>
            <translation>
                <numerusform>Кўриб чиқиш нусхаси (%1): %2 даги %n та йиғилиш, %3 да %4 тайёрлаган.</numerusform>
                <numerusform>Кўриб чиқиш нусхаси (%1): %2 даги %n та йиғилиш, %3 да %4 тайёрлаган.</numerusform>
            </translation>
        </message>
        <message>
            <source>It opens read-only: nothing in it can be changed. Remarks on a meeting in review are kept on this computer and sent with File ▸ Send remarks…</source>
            <translation>У фақат ўқиш учун очилади: ундаги ҳеч нарсани ўзгартириб бўлмайди. Кўриб чиқишдаги йиғилиш бўйича мулоҳазалар шу компьютерда сақланади ва Файл ▸ Мулоҳазаларни жўнатиш… орқали юборилади.</translation>
        </message>
        <message>
            <source>This copy was changed after it was packed: its content no longer has its seal, so what it shows may not be what the secretary sent. Ask for a new copy.</source>
            <translation>Бу нусха қадоқлангандан кейин ўзгартирилган: унинг мазмуни энди муҳрига мос эмас, шунинг учун у котиб юборган нарсани кўрсатмаслиги мумкин. Янги нусха сўранг.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::RevisionListModel</name>
        <message>
            <source>Created</source>
            <translation>Яратилди</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Сақланди</translation>
        </message>
        <message numerus="yes">
            <source>Autosaved (%n saves)</source>
            <translation>
                <numerusform>Автоматик сақланди (%n марта)</numerusform>
                <numerusform>Автоматик сақланди (%n марта)</numerusform>
            </translation>
        </message>
        <message>
            <source>Autosaved</source>
            <translation>Автоматик сақланди</translation>
        </message>
        <message>
            <source>Status changed</source>
            <translation>Ҳолат ўзгартирилди</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Қайта очилди</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Тикланди</translation>
        </message>
        <message>
            <source>Autosaves from %1 to %2</source>
            <translation>%1 дан %2 гача автоматик сақлашлар</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Таҳрир</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Муаллиф</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Нима бўлди</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Ҳолати</translation>
        </message>
    </context>
    <context>
        <name>Bayon::SearchResultModel</name>
        <message>
            <source>Agenda item %1</source>
            <translation>Кун тартибининг %1-масаласи</translation>
        </message>
        <message>
            <source>Report %1.%2</source>
            <translation>%1.%2-маъруза</translation>
        </message>
        <message>
            <source>KPI row %1.%2.%3</source>
            <translation>%1.%2.%3-кўрсаткич</translation>
        </message>
        <message>
            <source>Resolution %1</source>
            <translation>%1-қарор</translation>
        </message>
        <message>
            <source>Attendance %1</source>
            <translation>%1-қатнашчи</translation>
        </message>
        <message>
            <source>Header</source>
            <translation>Сарлавҳа қисми</translation>
        </message>
        <message>
            <source>№ %1 of %2</source>
            <translation>%2 даги № %1</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Йиғилиш</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Қисм</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Топилган матн</translation>
        </message>
        <message>
            <source>Appendix %1</source>
            <translation>%1-илова</translation>
        </message>
    </context>
    <context>
        <name>Bayon::SignDialog</name>
        <message>
            <source>Meeting № %1 of %2 is final. Record that its paper copy has been signed: the protocol stays read-only, and the control code on its pages still matches it.</source>
            <translation>%2 даги № %1 йиғилиш якуний. Унинг қоғоз нусхаси имзоланганини қайд этинг: баён фақат ўқиш учун қолади, саҳифаларидаги назорат коди эса унга мослигича қолади.</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Имзолаш</translation>
        </message>
        <message>
            <source>The scan of the signed copy</source>
            <translation>Имзоланган нусханинг скани</translation>
        </message>
        <message>
            <source>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
            <translation>Сканлар (*.pdf *.png *.jpg *.jpeg);;Барча файллар (*)</translation>
        </message>
        <message>
            <source>There is no file %1.</source>
            <translation>%1 файли йўқ.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::VoteEditor</name>
        <message>
            <source>No vote recorded</source>
            <translation>Овоз бериш қайд этилмаган</translation>
        </message>
        <message>
            <source>Counts (Rozi, Qarshi, Betaraf)</source>
            <translation>Овозлар сони (Rozi, Qarshi, Betaraf)</translation>
        </message>
        <message>
            <source>Unanimously (bir ovozdan)</source>
            <translation>Бир овоздан</translation>
        </message>
        <message>
            <source>Roll call (nomma-nom)</source>
            <translation>Номма-ном</translation>
        </message>
        <message>
            <source>For (Rozi)</source>
            <translation>Рози</translation>
        </message>
        <message>
            <source>Against (Qarshi)</source>
            <translation>Қарши</translation>
        </message>
        <message>
            <source>Abstained (Betaraf)</source>
            <translation>Бетараф</translation>
        </message>
        <message>
            <source>&amp;Vote:</source>
            <translation>&amp;Овоз бериш:</translation>
        </message>
        <message>
            <source>How the members voted</source>
            <translation>Аъзолар қандай овоз берди</translation>
        </message>
        <message>
            <source>R&amp;ozi (for):</source>
            <translation>&amp;Рози:</translation>
        </message>
        <message>
            <source>&amp;Qarshi (against):</source>
            <translation>&amp;Қарши:</translation>
        </message>
        <message>
            <source>Betara&amp;f (abstained):</source>
            <translation>&amp;Бетараф:</translation>
        </message>
        <message>
            <source>Dissenting o&amp;pinions:</source>
            <translation>&amp;Алоҳида фикрлар:</translation>
        </message>
        <message>
            <source>Alohida fikr, as printed under the vote</source>
            <translation>Алоҳида фикр, овоз бериш натижаси остида қандай чоп этилса, шундай</translation>
        </message>
        <message>
            <source>Member present</source>
            <translation>Қатнашган аъзо</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Овози</translation>
        </message>
        <message>
            <source>Dissenting opinion (alohida fikr)</source>
            <translation>Алоҳида фикр</translation>
        </message>
        <message>
            <source>Roll call</source>
            <translation>Номма-ном овоз бериш</translation>
        </message>
        <message>
            <source>Vote check</source>
            <translation>Овоз бериш текшируви</translation>
        </message>
        <message>
            <source>— (did not vote)</source>
            <translation>— (овоз бермади)</translation>
        </message>
        <message>
            <source>Vote of %1</source>
            <translation>%1 овози</translation>
        </message>
        <message>
            <source>Dissenting opinion of %1</source>
            <translation>%1 алоҳида фикри</translation>
        </message>
        <message>
            <source>Vote as printed</source>
            <translation>Босмадаги овоз бериш натижаси</translation>
        </message>
        <message>
            <source>As the protocol prints the vote</source>
            <translation>Баёнда овоз бериш натижаси шундай чоп этилади</translation>
        </message>
    </context>
    <context>
        <name>ChangeAgendaItemTitleCommand</name>
        <message>
            <source>Change agenda item title</source>
            <translation>Масала номини ўзгартириш</translation>
        </message>
    </context>
    <context>
        <name>ChangeAppendixCommand</name>
        <message>
            <source>Change appendix title</source>
            <translation>Илова номини ўзгартириш</translation>
        </message>
        <message>
            <source>Change appendix text</source>
            <translation>Илова матнини ўзгартириш</translation>
        </message>
    </context>
    <context>
        <name>ChangeAttendeeCommand</name>
        <message>
            <source>Change attendee</source>
            <translation>Қатнашчини ўзгартириш</translation>
        </message>
    </context>
    <context>
        <name>ChangeDiscussionCommand</name>
        <message>
            <source>Change discussion participants</source>
            <translation>Муҳокама иштирокчиларини ўзгартириш</translation>
        </message>
        <message>
            <source>Change discussion summary</source>
            <translation>Муҳокама мазмунини ўзгартириш</translation>
        </message>
    </context>
    <context>
        <name>ChangeHeaderCommand</name>
        <message>
            <source>Change council</source>
            <translation>Кенгашни ўзгартириш</translation>
        </message>
        <message>
            <source>Change number</source>
            <translation>Рақамни ўзгартириш</translation>
        </message>
        <message>
            <source>Change date</source>
            <translation>Санани ўзгартириш</translation>
        </message>
        <message>
            <source>Change time</source>
            <translation>Вақтни ўзгартириш</translation>
        </message>
        <message>
            <source>Change place</source>
            <translation>Жойни ўзгартириш</translation>
        </message>
        <message>
            <source>Change form</source>
            <translation>Шаклни ўзгартириш</translation>
        </message>
        <message>
            <source>Change chair</source>
            <translation>Раисни ўзгартириш</translation>
        </message>
        <message>
            <source>Change secretary</source>
            <translation>Котибни ўзгартириш</translation>
        </message>
        <message>
            <source>Change protocol form</source>
            <translation>Баён шаклини ўзгартириш</translation>
        </message>
        <message>
            <source>Change end time</source>
            <translation>Тугаш вақтини ўзгартириш</translation>
        </message>
        <message>
            <source>Change who convened the meeting</source>
            <translation>Йиғилишни ким чақирганини ўзгартириш</translation>
        </message>
        <message>
            <source>Change basis</source>
            <translation>Асосни ўзгартириш</translation>
        </message>
        <message>
            <source>Change notification</source>
            <translation>Хабардор қилишни ўзгартириш</translation>
        </message>
        <message>
            <source>Change members' count</source>
            <translation>Аъзолар сонини ўзгартириш</translation>
        </message>
    </context>
    <context>
        <name>ChangeKpiRowsCommand</name>
        <message>
            <source>Edit KPI table</source>
            <translation>Кўрсаткичлар жадвалини таҳрирлаш</translation>
        </message>
    </context>
    <context>
        <name>ChangeKpiTableCaptionCommand</name>
        <message>
            <source>Change table caption</source>
            <translation>Жадвал сарлавҳасини ўзгартириш</translation>
        </message>
    </context>
    <context>
        <name>ChangeReportCommand</name>
        <message>
            <source>Change speaker</source>
            <translation>Маърузачини ўзгартириш</translation>
        </message>
        <message>
            <source>Change lead sentence</source>
            <translation>Кириш жумласини ўзгартириш</translation>
        </message>
        <message>
            <source>Change report text</source>
            <translation>Маъруза матнини ўзгартириш</translation>
        </message>
    </context>
    <context>
        <name>ChangeResolutionCommand</name>
        <message>
            <source>Change resolution text</source>
            <translation>Қарор матнини ўзгартириш</translation>
        </message>
        <message>
            <source>Change sub-points</source>
            <translation>Кичик бандларни ўзгартириш</translation>
        </message>
        <message>
            <source>Change resolution kind</source>
            <translation>Қарор турини ўзгартириш</translation>
        </message>
        <message>
            <source>Change addressee</source>
            <translation>Кимгалигини ўзгартириш</translation>
        </message>
        <message>
            <source>Change responsible persons</source>
            <translation>Масъулларни ўзгартириш</translation>
        </message>
        <message>
            <source>Change deadline</source>
            <translation>Муддатни ўзгартириш</translation>
        </message>
        <message>
            <source>Change follow-up status</source>
            <translation>Ижро ҳолатини ўзгартириш</translation>
        </message>
        <message>
            <source>Change status note</source>
            <translation>Ҳолат изоҳини ўзгартириш</translation>
        </message>
        <message>
            <source>Change agenda item of resolution</source>
            <translation>Қарорнинг масаласини ўзгартириш</translation>
        </message>
    </context>
    <context>
        <name>ChangeVoteCommand</name>
        <message>
            <source>Change vote on resolution</source>
            <translation>Қарор бўйича овоз беришни ўзгартириш</translation>
        </message>
        <message>
            <source>Change vote on agenda item</source>
            <translation>Масала бўйича овоз беришни ўзгартириш</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>The meeting was changed elsewhere</source>
            <translation>Йиғилиш бошқа жойда ўзгартирилган</translation>
        </message>
        <message>
            <source>Nothing has been overwritten. Choose which version to keep:</source>
            <translation>Ҳеч нарса устидан ёзилмади. Қайси нусха қолишини танланг:</translation>
        </message>
        <message>
            <source>&amp;Reload theirs</source>
            <translation>&amp;Уларникини юклаш</translation>
        </message>
        <message>
            <source>Show the meeting as it was saved elsewhere. Your changes since your last save are dropped.</source>
            <translation>Йиғилишни бошқа жойда сақланган ҳолида кўрсатиш. Охирги сақлашдан кейинги ўзгаришларингиз бекор бўлади.</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Меникини қолдириш</translation>
        </message>
        <message>
            <source>Save your version over the other one. Their changes are replaced by yours.</source>
            <translation>Сизнинг нусхангизни бошқасининг устидан сақлаш. Уларнинг ўзгаришлари сизникига алмаштирилади.</translation>
        </message>
        <message>
            <source>Save mine as a &amp;copy</source>
            <translation>Меникини &amp;нусха сифатида сақлаш</translation>
        </message>
        <message>
            <source>Keep both: theirs stays as it is, yours is saved as a new meeting.</source>
            <translation>Иккаласини ҳам қолдириш: уларники ўзича қолади, сизники янги йиғилиш сифатида сақланади.</translation>
        </message>
    </context>
    <context>
        <name>CouncilSettingsDialog</name>
        <message>
            <source>Council settings</source>
            <translation>Кенгаш созламалари</translation>
        </message>
        <message>
            <source>&amp;Body:</source>
            <translation>&amp;Орган:</translation>
        </message>
        <message>
            <source>The body whose settings are shown; each has its own members, template and numbering</source>
            <translation>Созламалари кўрсатилаётган орган; ҳар бирининг ўз аъзолари, шаблони ва рақамланиши бор</translation>
        </message>
        <message>
            <source>Add bo&amp;dy</source>
            <translation>Орган &amp;қўшиш</translation>
        </message>
        <message>
            <source>A new body (a commission, a board) with the usual template</source>
            <translation>Одатий шаблонли янги орган (комиссия, кенгаш)</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Орган</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Тўлиқ номи:</translation>
        </message>
        <message>
            <source>As the protocol's header prints it</source>
            <translation>Баён сарлавҳасида қандай босилса, шундай</translation>
        </message>
        <message>
            <source>O&amp;rganisation:</source>
            <translation>Таш&amp;килот:</translation>
        </message>
        <message>
            <source>The ministry, company or university it belongs to</source>
            <translation>У тегишли вазирлик, компания ёки университет</translation>
        </message>
        <message>
            <source>Sh&amp;ort name:</source>
            <translation>Қ&amp;исқа номи:</translation>
        </message>
        <message>
            <source>For lists: “Jamoatchilik kengashi”</source>
            <translation>Рўйхатлар учун: “Jamoatchilik kengashi”</translation>
        </message>
        <message>
            <source>C&amp;ity:</source>
            <translation>&amp;Шаҳар:</translation>
        </message>
        <message>
            <source>The place a new meeting takes: “Toshkent shahri”</source>
            <translation>Янги йиғилишга қўйиладиган жой: “Toshkent shahri”</translation>
        </message>
        <message>
            <source>Defa&amp;ult form:</source>
            <translation>&amp;Асосий шакл:</translation>
        </message>
        <message>
            <source>The form a new meeting of this body is printed in; each meeting can choose another</source>
            <translation>Шу органнинг янги йиғилиши чоп этиладиган шакл; ҳар бир йиғилиш бошқасини танлаши мумкин</translation>
        </message>
        <message>
            <source>&amp;Emblem:</source>
            <translation>&amp;Эмблема:</translation>
        </message>
        <message>
            <source>Emblem image</source>
            <translation>Эмблема расми</translation>
        </message>
        <message>
            <source>C&amp;hoose image…</source>
            <translation>&amp;Расм танлаш…</translation>
        </message>
        <message>
            <source>A PNG or JPEG image printed at the top of the first page</source>
            <translation>Биринчи саҳифанинг юқорисида чоп этиладиган PNG ёки JPEG расм</translation>
        </message>
        <message>
            <source>Remo&amp;ve image</source>
            <translation>Расмни ў&amp;чириш</translation>
        </message>
        <message>
            <source>Members and quorum</source>
            <translation>Аъзолар ва кворум</translation>
        </message>
        <message>
            <source>Add &amp;member:</source>
            <translation>Аъ&amp;зо қўшиш:</translation>
        </message>
        <message>
            <source>Type a name: the directory completes it</source>
            <translation>Исмни ёзинг: маълумотнома уни тўлдиради</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>Қ&amp;ўшиш</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Ў&amp;чириш</translation>
        </message>
        <message>
            <source>Remove the selected member (Delete)</source>
            <translation>Танланган аъзони ўчириш (Delete)</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Аъзолар</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>Кворум</translation>
        </message>
        <message>
            <source>&amp;Quorum:</source>
            <translation>К&amp;ворум:</translation>
        </message>
        <message>
            <source>Fi&amp;xed number:</source>
            <translation>&amp;Белгиланган сон:</translation>
        </message>
        <message>
            <source>How many members present the charter asks for</source>
            <translation>Низомга кўра нечта аъзо қатнашиши керак</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Шаблон</translation>
        </message>
        <message>
            <source>&amp;Title line:</source>
            <translation>&amp;Сарлавҳа қатори:</translation>
        </message>
        <message>
            <source>Resolution &amp;formula:</source>
            <translation>Қарор &amp;формуласи:</translation>
        </message>
        <message>
            <source>&amp;Chair signs as:</source>
            <translation>&amp;Раис имзоси:</translation>
        </message>
        <message>
            <source>Secretar&amp;y signs as:</source>
            <translation>К&amp;отиб имзоси:</translation>
        </message>
        <message>
            <source>Members &amp;label:</source>
            <translation>Аъзолар &amp;номланиши:</translation>
        </message>
        <message>
            <source>How the quorum line names the members: “Kengash aʼzolari — 15 nafar”</source>
            <translation>Кворум сатрида аъзолар қандай номланади: “Kengash aʼzolari — 15 nafar”</translation>
        </message>
        <message>
            <source>&amp;Numbering:</source>
            <translation>Ра&amp;қамлаш:</translation>
        </message>
        <message>
            <source>How the protocol's number is printed; numbers start again each year</source>
            <translation>Баён рақами қандай чоп этилади; рақамлар ҳар йили қайтадан бошланади</translation>
        </message>
        <message>
            <source>Res&amp;olutions numbered:</source>
            <translation>Қарорлар рақам&amp;ланиши:</translation>
        </message>
        <message>
            <source>In the full form: per agenda item or throughout the protocol</source>
            <translation>Тўлиқ шаклда: ҳар бир масала бўйича ёки бутун баён бўйича</translation>
        </message>
        <message>
            <source>List the attendees as an appendix &amp;when there are more than</source>
            <translation>Қатнашчилар сони қуйидагидан &amp;кўп бўлса, улар иловада рўйхат қилинади:</translation>
        </message>
        <message>
            <source>Attendee-list threshold</source>
            <translation>Қатнашчилар рўйхати чегараси</translation>
        </message>
        <message>
            <source>Up to this many attendees are named in the text; more are counted and listed in “1-ilova”</source>
            <translation>Шунча қатнашчигача матнда номма-ном келтирилади; кўпроқ бўлса, сони кўрсатилади ва “1-ilova”да рўйхат қилинади</translation>
        </message>
        <message>
            <source>Print “M.Oʻ.” for the s&amp;eal beside the signatures</source>
            <translation>Имзолар ёнида &amp;муҳр ўрни учун “M.Oʻ.” чоп этилсин</translation>
        </message>
        <message>
            <source>Appro&amp;val block “TASDIQLAYMAN” at the top right</source>
            <translation>Юқори ўнгда “TASDIQLAYMAN” &amp;тасдиқлаш блоки</translation>
        </message>
        <message>
            <source>Posit&amp;ion:</source>
            <translation>&amp;Лавозими:</translation>
        </message>
        <message>
            <source>Who approves: “Kuzatuv kengashi raisi”</source>
            <translation>Ким тасдиқлайди: “Kuzatuv kengashi raisi”</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>&amp;Исми:</translation>
        </message>
        <message>
            <source>“B.Rahimov”</source>
            <translation>“B.Rahimov”</translation>
        </message>
        <message>
            <source>A date line “«____» __________ 20__-yil” is printed under the name. Write “ / ” where the position should break into a new line.</source>
            <translation>Исм остида “«____» __________ 20__-yil” сана сатри чоп этилади. Лавозим янги қаторга ўтиши керак бўлган жойга “ / ” ёзинг.</translation>
        </message>
    </context>
    <context>
        <name>DecisionRegisterWidget</name>
        <message>
            <source>Decisions register</source>
            <translation>Қарорлар реестри</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Кўрсатиш</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Ҳолати:</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Шахс:</translation>
        </message>
        <message>
            <source>Part of a responsible person's name</source>
            <translation>Масъул шахс исмининг бир қисми</translation>
        </message>
        <message>
            <source>&amp;Council:</source>
            <translation>&amp;Кенгаш:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Бошлаб:</translation>
        </message>
        <message>
            <source>Only meetings on or after this day</source>
            <translation>Фақат шу кундан бошлаб ўтказилган йиғилишлар</translation>
        </message>
        <message>
            <source>Meetings from</source>
            <translation>Йиғилишлар (бошланиш санаси)</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>&amp;гача:</translation>
        </message>
        <message>
            <source>Only meetings on or before this day</source>
            <translation>Фақат шу кунгача ўтказилган йиғилишлар</translation>
        </message>
        <message>
            <source>Meetings to</source>
            <translation>Йиғилишлар (тугаш санаси)</translation>
        </message>
        <message>
            <source>&amp;Words:</source>
            <translation>Сў&amp;злар:</translation>
        </message>
        <message>
            <source>Words of the meeting, as “Find in all meetings” finds them</source>
            <translation>Йиғилишдаги сўзлар, “Барча йиғилишлардан қидириш” топгани каби</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>Саралашни &amp;тозалаш</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Қарорлар</translation>
        </message>
        <message>
            <source>Full te&amp;xt:</source>
            <translation>Тўлиқ &amp;матн:</translation>
        </message>
        <message>
            <source>&amp;Open in the editor</source>
            <translation>Муҳаррирда &amp;очиш</translation>
        </message>
        <message>
            <source>Open the meeting at this resolution (Enter, double-click)</source>
            <translation>Йиғилишни шу қарорда очиш (Enter, икки марта босиш)</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Ижро ҳолати</translation>
        </message>
        <message>
            <source>New stat&amp;us:</source>
            <translation>Янги &amp;ҳолат:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Изоҳ:</translation>
        </message>
        <message>
            <source>What was done, or why not</source>
            <translation>Нима қилинди ёки нега қилинмади</translation>
        </message>
        <message>
            <source>D&amp;ate:</source>
            <translation>Са&amp;на:</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Ёзиш</translation>
        </message>
        <message>
            <source>Keep this step in the decision's follow-up history (allowed on signed meetings)</source>
            <translation>Бу қадамни қарор ижроси тарихида сақлаш (имзоланган йиғилишларда ҳам мумкин)</translation>
        </message>
        <message>
            <source>&amp;History of the follow-up:</source>
            <translation>Ижро &amp;тарихи:</translation>
        </message>
        <message>
            <source>Print pre&amp;view…</source>
            <translation>Чоп этишдан олдин &amp;кўриш…</translation>
        </message>
        <message>
            <source>Pr&amp;int…</source>
            <translation>&amp;Чоп этиш…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Экспорт</translation>
        </message>
        <message>
            <source>Write the decisions shown, in the order shown, as PDF, ODT or CSV</source>
            <translation>Кўрсатилган қарорларни кўрсатилган тартибда PDF, ODT ёки CSV кўринишида ёзиш</translation>
        </message>
    </context>
    <context>
        <name>EnumNames</name>
        <message>
            <source>In person</source>
            <translation>Юзма-юз</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Онлайн</translation>
        </message>
        <message>
            <source>Written poll</source>
            <translation>Сўровнома йўли билан</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Лойиҳа</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>Кўриб чиқишда</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Якуний</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Имзоланган</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Аъзо</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Таклиф этилган</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Ходим</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Қатнашди</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Қатнашмади</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Узрли сабаб билан</translation>
        </message>
        <message>
            <source>Take note</source>
            <translation>Маълумот учун қабул қилиш</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Маъқуллаш</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Қўллаб-қувватлаш</translation>
        </message>
        <message>
            <source>Recommend</source>
            <translation>Тавсия этиш</translation>
        </message>
        <message>
            <source>Instruct</source>
            <translation>Топшириқ бериш</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Очиқ</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Бажарилмоқда</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Бажарилди</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Бекор қилинди</translation>
        </message>
        <message>
            <source>No deadline</source>
            <translation>Муддатсиз</translation>
        </message>
        <message>
            <source>By a date</source>
            <translation>Санагача</translation>
        </message>
        <message>
            <source>By the next meeting</source>
            <translation>Кейинги йиғилишгача</translation>
        </message>
        <message>
            <source>Full form</source>
            <translation>Тўлиқ шакл</translation>
        </message>
        <message>
            <source>Short form</source>
            <translation>Қисқа шакл</translation>
        </message>
        <message>
            <source>Narrative form</source>
            <translation>Тавсифий шакл</translation>
        </message>
        <message>
            <source>More than half of the members</source>
            <translation>Аъзоларнинг ярмидан кўпи</translation>
        </message>
        <message>
            <source>Two thirds of the members</source>
            <translation>Аъзоларнинг учдан икки қисми</translation>
        </message>
        <message>
            <source>A fixed number of members</source>
            <translation>Аъзоларнинг белгиланган сони</translation>
        </message>
        <message>
            <source>Per agenda item (1.1, 1.2, 2.1)</source>
            <translation>Ҳар бир масала бўйича (1.1, 1.2, 2.1)</translation>
        </message>
        <message>
            <source>Continuous (1, 2, 3)</source>
            <translation>Узлуксиз (1, 2, 3)</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Раис</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Котиб</translation>
        </message>
    </context>
    <context>
        <name>ExportReviewCopyDialog</name>
        <message>
            <source>Export a review copy</source>
            <translation>Кўриб чиқиш нусхасини экспорт қилиш</translation>
        </message>
        <message>
            <source>A review copy is one file with the chosen meetings that members open read-only on their own computers, with no network, and send their remarks back from.</source>
            <translation>Кўриб чиқиш нусхаси — танланган йиғилишлардан иборат битта файл: аъзолар уни ўз компьютерларида интернетсиз, фақат ўқиш учун очади ва ундан мулоҳазаларини қайтаради.</translation>
        </message>
        <message>
            <source>&amp;These meetings:</source>
            <translation>&amp;Шу йиғилишлар:</translation>
        </message>
        <message>
            <source>Meetings to put in the copy</source>
            <translation>Нусхага киритиладиган йиғилишлар</translation>
        </message>
        <message>
            <source>Every meeting of a &amp;period with these statuses:</source>
            <translation>&amp;Давр ичидаги шу ҳолатлардаги барча йиғилишлар:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Бошлаб:</translation>
        </message>
        <message>
            <source>T&amp;o:</source>
            <translation>&amp;Гача:</translation>
        </message>
        <message>
            <source>F&amp;ile:</source>
            <translation>&amp;Файл:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Танлаш…</translation>
        </message>
    </context>
    <context>
        <name>ExtractDialog</name>
        <message>
            <source>Extract of the protocol</source>
            <translation>Баённомадан кўчирма</translation>
        </message>
        <message>
            <source>Extract &amp;date:</source>
            <translation>Кўчирма &amp;санаси:</translation>
        </message>
        <message>
            <source>The date the secretary certifies the extract as a true copy</source>
            <translation>Котиб кўчирмани аслига тўғри деб тасдиқлайдиган сана</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>Ф&amp;ормат:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>Фа&amp;йл:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Танлаш…</translation>
        </message>
        <message>
            <source>&amp;Script:</source>
            <translation>Ё&amp;зув:</translation>
        </message>
        <message>
            <source>The script the extract is written in: the meeting stays in Latin, the extract is transliterated</source>
            <translation>Кўчирма ёзиладиган ёзув: йиғилиш лотин ёзувида қолади, кўчирма транслитерация қилинади</translation>
        </message>
    </context>
    <context>
        <name>FindDialog</name>
        <message>
            <source>Find in all meetings</source>
            <translation>Барча йиғилишлардан қидириш</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Қидириш:</translation>
        </message>
        <message>
            <source>Words from any meeting: oʻsish, IT-Park, Abdullayev…</source>
            <translation>Исталган йиғилишдаги сўзлар: oʻsish, IT-Park, Abdullayev…</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Излаш</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Қидирув натижалари</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Очиш</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Ёпиш</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>History of the meeting</source>
            <translation>Йиғилиш тарихи</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Тарих</translation>
        </message>
        <message>
            <source>Re&amp;visions</source>
            <translation>&amp;Таҳрирлар</translation>
        </message>
        <message>
            <source>&amp;Kept revisions, newest first (select one to compare it with the current text, or two to compare them):</source>
            <translation>&amp;Сақланган таҳрирлар, энг янгиси биринчи (жорий матн билан солиштириш учун биттасини, ўзаро солиштириш учун иккитасини танланг):</translation>
        </message>
        <message>
            <source>Revisions</source>
            <translation>Таҳрирлар</translation>
        </message>
        <message>
            <source>&amp;Restore this revision…</source>
            <translation>Шу таҳрирни тик&amp;лаш…</translation>
        </message>
        <message>
            <source>Put the text of the selected revision back, as a new revision; Undo in the editor takes it back</source>
            <translation>Танланган таҳрир матнини янги таҳрир сифатида қайтариш; муҳаррирдаги бекор қилиш уни орқага қайтаради</translation>
        </message>
        <message>
            <source>Compare &amp;from:</source>
            <translation>С&amp;олиштириш:</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>&amp;билан:</translation>
        </message>
        <message>
            <source>C&amp;hanges:</source>
            <translation>Ў&amp;згаришлар:</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Ўзгаришлар</translation>
        </message>
        <message>
            <source>Status &amp;log</source>
            <translation>Ҳолатлар &amp;журнали</translation>
        </message>
        <message>
            <source>&amp;Entries, newest first: changes of status, reopenings with their reasons, restores, files attached and removed:</source>
            <translation>&amp;Ёзувлар, энг янгиси биринчи: ҳолат ўзгаришлари, сабаблари билан қайта очишлар, тиклашлар, бириктирилган ва ўчирилган файллар:</translation>
        </message>
        <message>
            <source>Status log</source>
            <translation>Ҳолатлар журнали</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Filte&amp;r:</source>
            <translation>&amp;Саралаш:</translation>
        </message>
        <message>
            <source>Number, date or words of the title</source>
            <translation>Рақам, сана ёки номидаги сўзлар</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Йиғилишлар</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Recent databases</source>
            <translation>&amp;Сўнгги базалар</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Таҳрир</translation>
        </message>
        <message>
            <source>&amp;Meeting</source>
            <translation>&amp;Йиғилиш</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Кўриниш</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Ёрдам</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Асбоблар панели</translation>
        </message>
        <message>
            <source>&amp;New meeting</source>
            <translation>&amp;Янги йиғилиш</translation>
        </message>
        <message>
            <source>&amp;Duplicate meeting</source>
            <translation>Йиғилишдан &amp;нусха олиш</translation>
        </message>
        <message>
            <source>A copy of this meeting as a new draft</source>
            <translation>Шу йиғилишнинг нусхаси янги лойиҳа сифатида</translation>
        </message>
        <message>
            <source>De&amp;lete meeting…</source>
            <translation>Йиғилишни ў&amp;чириш…</translation>
        </message>
        <message>
            <source>Delete this meeting from the database</source>
            <translation>Шу йиғилишни базадан ўчириш</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>Маълумотлар базасини &amp;очиш…</translation>
        </message>
        <message>
            <source>New data&amp;base…</source>
            <translation>Янги маълумотлар &amp;базаси…</translation>
        </message>
        <message>
            <source>&amp;Import meeting…</source>
            <translation>Йиғилишни &amp;импорт қилиш…</translation>
        </message>
        <message>
            <source>Add a meeting from an interchange JSON file</source>
            <translation>Алмашинув JSON файлидан йиғилиш қўшиш</translation>
        </message>
        <message>
            <source>&amp;Export PDF…</source>
            <translation>PDF га &amp;экспорт…</translation>
        </message>
        <message>
            <source>Print pre&amp;view…</source>
            <translation>Чоп этишдан олдин &amp;кўриш…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Чоп этиш…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Чиқиш</translation>
        </message>
        <message>
            <source>&amp;Find in all meetings…</source>
            <translation>Барча йиғилишлардан &amp;қидириш…</translation>
        </message>
        <message>
            <source>Filter the &amp;list</source>
            <translation>Рўйхатни &amp;саралаш</translation>
        </message>
        <message>
            <source>Type to filter the meetings on the left</source>
            <translation>Чапдаги йиғилишларни саралаш учун ёзинг</translation>
        </message>
        <message>
            <source>Pr&amp;eferences…</source>
            <translation>&amp;Созламалар…</translation>
        </message>
        <message>
            <source>&amp;Reopen for editing…</source>
            <translation>Таҳрирлаш учун &amp;қайта очиш…</translation>
        </message>
        <message>
            <source>Turn a final or signed meeting back into a draft</source>
            <translation>Якуний ёки имзоланган йиғилишни яна лойиҳага айлантириш</translation>
        </message>
        <message>
            <source>Show &amp;preview</source>
            <translation>&amp;Кўринишни кўрсатиш</translation>
        </message>
        <message>
            <source>Show meetings &amp;list</source>
            <translation>Йиғилишлар &amp;рўйхатини кўрсатиш</translation>
        </message>
        <message>
            <source>&amp;About Bayon</source>
            <translation>Bayon &amp;ҳақида</translation>
        </message>
        <message>
            <source>A new draft of a body, with its members, chair, secretary and next number</source>
            <translation>Органнинг аъзолари, раиси, котиби ва навбатдаги рақами билан янги лойиҳа</translation>
        </message>
        <message>
            <source>E&amp;xtract of this item…</source>
            <translation>Шу &amp;масаладан кўчирма…</translation>
        </message>
        <message>
            <source>“Bayonnomadan koʻchirma” of the agenda item selected on the Agenda page, to certify and send</source>
            <translation>Кун тартиби саҳифасида танланган масала бўйича “Bayonnomadan koʻchirma”: тасдиқлаш ва жўнатиш учун</translation>
        </message>
        <message>
            <source>Extract for addre&amp;ssee…</source>
            <translation>&amp;Адресат учун кўчирма…</translation>
        </message>
        <message>
            <source>“Bayonnomadan koʻchirma” of every resolution addressed to one organisation or person</source>
            <translation>Битта ташкилот ёки шахсга қаратилган барча қарорлар бўйича “Bayonnomadan koʻchirma”</translation>
        </message>
        <message>
            <source>Co&amp;uncil settings…</source>
            <translation>&amp;Кенгаш созламалари…</translation>
        </message>
        <message>
            <source>The bodies whose meetings this database keeps: names, members, quorum and the protocol template</source>
            <translation>Йиғилишлари шу базада сақланадиган органлар: номлари, аъзолари, кворуми ва баён шаблони</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;Тарих…</translation>
        </message>
        <message>
            <source>The kept revisions and the status log of this meeting; compare and restore revisions</source>
            <translation>Шу йиғилишнинг сақланган таҳрирлари ва ҳолатлар журнали; таҳрирларни солиштириш ва тиклаш</translation>
        </message>
        <message>
            <source>&amp;Attach file…</source>
            <translation>Файл &amp;бириктириш…</translation>
        </message>
        <message>
            <source>Keep a file with this meeting: the scan of its signed copy (PDF, PNG or JPEG)</source>
            <translation>Шу йиғилиш билан файлни сақлаш: имзоланган нусхасининг скани (PDF, PNG ёки JPEG)</translation>
        </message>
        <message>
            <source>Attached &amp;files…</source>
            <translation>Бириктирилган &amp;файллар…</translation>
        </message>
        <message>
            <source>The files kept with this meeting: open, check or remove them</source>
            <translation>Шу йиғилиш билан сақланаётган файллар: очиш, текшириш ёки ўчириш</translation>
        </message>
        <message>
            <source>&amp;Decisions register…</source>
            <translation>&amp;Қарорлар реестри…</translation>
        </message>
        <message>
            <source>Every resolution of every meeting with its follow-up</source>
            <translation>Барча йиғилишларнинг барча қарорлари ижро ҳолати билан</translation>
        </message>
    </context>
    <context>
        <name>MeetingDiffHtml</name>
        <message>
            <source>Meeting</source>
            <translation>Йиғилиш</translation>
        </message>
        <message>
            <source>chair: %1</source>
            <translation>раис: %1</translation>
        </message>
        <message>
            <source>secretary: %1</source>
            <translation>котиб: %1</translation>
        </message>
        <message>
            <source>caption of table %1</source>
            <translation>%1-жадвал сарлавҳаси</translation>
        </message>
        <message>
            <source>sub-point %1</source>
            <translation>%1-кичик банд</translation>
        </message>
        <message>
            <source>participant %1</source>
            <translation>%1-иштирокчи</translation>
        </message>
        <message>
            <source>council</source>
            <translation>кенгаш</translation>
        </message>
        <message>
            <source>number</source>
            <translation>рақам</translation>
        </message>
        <message>
            <source>date</source>
            <translation>сана</translation>
        </message>
        <message>
            <source>start time</source>
            <translation>бошланиш вақти</translation>
        </message>
        <message>
            <source>place</source>
            <translation>жой</translation>
        </message>
        <message>
            <source>form</source>
            <translation>шакл</translation>
        </message>
        <message>
            <source>status</source>
            <translation>ҳолат</translation>
        </message>
        <message>
            <source>full name</source>
            <translation>Ф.И.Ш.</translation>
        </message>
        <message>
            <source>short name</source>
            <translation>босма шакли</translation>
        </message>
        <message>
            <source>position</source>
            <translation>лавозим</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>ташкилот</translation>
        </message>
        <message>
            <source>role</source>
            <translation>мақом</translation>
        </message>
        <message>
            <source>presence</source>
            <translation>иштирок</translation>
        </message>
        <message>
            <source>note</source>
            <translation>изоҳ</translation>
        </message>
        <message>
            <source>title</source>
            <translation>номи</translation>
        </message>
        <message>
            <source>discussion</source>
            <translation>муҳокама</translation>
        </message>
        <message>
            <source>speaker</source>
            <translation>маърузачи</translation>
        </message>
        <message>
            <source>lead</source>
            <translation>кириш жумласи</translation>
        </message>
        <message>
            <source>text of the report</source>
            <translation>маъруза матни</translation>
        </message>
        <message>
            <source>indicator</source>
            <translation>кўрсаткич</translation>
        </message>
        <message>
            <source>value</source>
            <translation>қиймат</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>бирлик</translation>
        </message>
        <message>
            <source>period</source>
            <translation>давр</translation>
        </message>
        <message>
            <source>change</source>
            <translation>ўзгариш</translation>
        </message>
        <message>
            <source>text</source>
            <translation>матн</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>тур</translation>
        </message>
        <message>
            <source>addressee</source>
            <translation>кимга</translation>
        </message>
        <message>
            <source>responsible</source>
            <translation>масъул</translation>
        </message>
        <message>
            <source>deadline</source>
            <translation>муддат</translation>
        </message>
        <message>
            <source>agenda item</source>
            <translation>кун тартиби масаласи</translation>
        </message>
        <message>
            <source>follow-up status</source>
            <translation>ижро ҳолати</translation>
        </message>
        <message>
            <source>status note</source>
            <translation>ҳолат изоҳи</translation>
        </message>
        <message>
            <source>%1: moved (was %2)</source>
            <translation>%1: сурилди (аввал %2)</translation>
        </message>
        <message>
            <source>%1: added</source>
            <translation>%1: қўшилди</translation>
        </message>
        <message>
            <source>%1: removed</source>
            <translation>%1: ўчирилди</translation>
        </message>
        <message>
            <source>%1: %2 added</source>
            <translation>%1: %2 қўшилди</translation>
        </message>
        <message>
            <source>%1: %2 removed</source>
            <translation>%1: %2 ўчирилди</translation>
        </message>
        <message>
            <source>%1: %2 changed</source>
            <translation>%1: %2 ўзгарди</translation>
        </message>
        <message>
            <source>No differences: the two texts are the same.</source>
            <translation>Фарқ йўқ: иккала матн бир хил.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s). Added words are underlined (green), removed words struck through (red).</source>
            <translation>
                <numerusform>%n та ўзгариш. Қўшилган сўзларнинг тагига чизилган (яшил), ўчирилганлари устидан чизилган (қизил).</numerusform>
                <numerusform>%n та ўзгариш. Қўшилган сўзларнинг тагига чизилган (яшил), ўчирилганлари устидан чизилган (қизил).</numerusform>
            </translation>
        </message>
        <message>
            <source>Appendix %1</source>
            <translation>Илова %1</translation>
        </message>
        <message>
            <source>template: %1</source>
            <translation>шаблон: %1</translation>
        </message>
        <message>
            <source>roll call %1</source>
            <translation>номма-ном овоз бериш, %1-қатор</translation>
        </message>
        <message>
            <source>dissenting opinion %1</source>
            <translation>%1-алоҳида фикр</translation>
        </message>
        <message>
            <source>end time</source>
            <translation>тугаш вақти</translation>
        </message>
        <message>
            <source>protocol form</source>
            <translation>баён шакли</translation>
        </message>
        <message>
            <source>convened by</source>
            <translation>йиғилишни чақирган</translation>
        </message>
        <message>
            <source>basis</source>
            <translation>асос</translation>
        </message>
        <message>
            <source>notification</source>
            <translation>хабардор қилиш</translation>
        </message>
        <message>
            <source>number of members</source>
            <translation>аъзолар сони</translation>
        </message>
        <message>
            <source>vote</source>
            <translation>овоз бериш</translation>
        </message>
        <message>
            <source>dissenting opinions</source>
            <translation>алоҳида фикрлар</translation>
        </message>
        <message>
            <source>title line</source>
            <translation>сарлавҳа қатори</translation>
        </message>
        <message>
            <source>resolution formula</source>
            <translation>қарор ибораси</translation>
        </message>
        <message>
            <source>chair's title</source>
            <translation>раиснинг унвони</translation>
        </message>
        <message>
            <source>secretary's title</source>
            <translation>котибнинг унвони</translation>
        </message>
        <message>
            <source>members label</source>
            <translation>аъзолар номланиши</translation>
        </message>
        <message>
            <source>approval block</source>
            <translation>тасдиқлаш қисми</translation>
        </message>
        <message>
            <source>approver's position</source>
            <translation>тасдиқловчининг лавозими</translation>
        </message>
        <message>
            <source>approver's name</source>
            <translation>тасдиқловчининг исми</translation>
        </message>
        <message>
            <source>seal mark</source>
            <translation>муҳр ўрни</translation>
        </message>
        <message>
            <source>attendee list threshold</source>
            <translation>қатнашчилар рўйхати чегараси</translation>
        </message>
        <message>
            <source>numbering</source>
            <translation>рақамлаш</translation>
        </message>
        <message>
            <source>resolution numbering</source>
            <translation>қарорларни рақамлаш</translation>
        </message>
        <message>
            <source>quorum</source>
            <translation>кворум</translation>
        </message>
        <message>
            <source>quorum count</source>
            <translation>кворум учун сон</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ҳа</translation>
        </message>
        <message>
            <source>for %1, against %2, abstained %3</source>
            <translation>рози %1, қарши %2, бетараф %3</translation>
        </message>
    </context>
    <context>
        <name>MeetingEditor</name>
        <message>
            <source>Reopen for editing…</source>
            <translation>Таҳрирлаш учун қайта очиш…</translation>
        </message>
        <message>
            <source>Choose a meeting on the left, or create one with Ctrl+N.</source>
            <translation>Чапдан йиғилишни танланг ёки Ctrl+N билан янгисини яратинг.</translation>
        </message>
        <message>
            <source>&amp;1 Meeting and attendance</source>
            <translation>&amp;1 Йиғилиш ва қатнашчилар</translation>
        </message>
        <message>
            <source>&amp;2 Agenda and reports</source>
            <translation>&amp;2 Кун тартиби ва маърузалар</translation>
        </message>
        <message>
            <source>&amp;3 Resolutions</source>
            <translation>&amp;3 Қарорлар</translation>
        </message>
        <message>
            <source>&amp;4 Appendices</source>
            <translation>&amp;4 Иловалар</translation>
        </message>
    </context>
    <context>
        <name>MeetingPage</name>
        <message>
            <source>Meeting</source>
            <translation>Йиғилиш</translation>
        </message>
        <message>
            <source>&amp;Council:</source>
            <translation>&amp;Кенгаш:</translation>
        </message>
        <message>
            <source>The council's full name</source>
            <translation>Кенгашнинг тўлиқ номи</translation>
        </message>
        <message>
            <source>N&amp;umber:</source>
            <translation>&amp;Рақами:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Санаси:</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Вақти:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Жойи:</translation>
        </message>
        <message>
            <source>&amp;Form:</source>
            <translation>&amp;Шакли:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Ҳолати:</translation>
        </message>
        <message>
            <source>C&amp;hair:</source>
            <translation>Р&amp;аис:</translation>
        </message>
        <message>
            <source>Secre&amp;tary:</source>
            <translation>К&amp;отиб:</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Қатнашчилар</translation>
        </message>
        <message>
            <source>Add &amp;person:</source>
            <translation>Шахс &amp;қўшиш:</translation>
        </message>
        <message>
            <source>Type a name: the directory completes it, a new name is added to it</source>
            <translation>Исмни ёзинг: маълумотнома уни тўлдиради, янги исм унга қўшилади</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>Қ&amp;ўшиш</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Ў&amp;чириш</translation>
        </message>
        <message>
            <source>Pri&amp;nted as:</source>
            <translation>&amp;Баён шакли:</translation>
        </message>
        <message>
            <source>The form the protocol is printed in; switching it changes nothing else in the meeting</source>
            <translation>Баён чоп этиладиган шакл; уни алмаштириш йиғилишдаги бошқа ҳеч нарсани ўзгартирмайди</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Бошланиш вақти</translation>
        </message>
        <message>
            <source>t&amp;o</source>
            <translation>&amp;тугаши:</translation>
        </message>
        <message>
            <source>End time</source>
            <translation>Тугаш вақти</translation>
        </message>
        <message>
            <source>When the meeting ended; printed with the start time when both are given</source>
            <translation>Йиғилиш тугаган вақт; иккаласи ҳам берилса, бошланиш вақти билан бирга чоп этилади</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>Очилиш</translation>
        </message>
        <message>
            <source>Con&amp;vened by:</source>
            <translation>Чақир&amp;ган:</translation>
        </message>
        <message>
            <source>Who convened the meeting</source>
            <translation>Йиғилишни ким чақирган</translation>
        </message>
        <message>
            <source>&amp;Members:</source>
            <translation>Аъзолар со&amp;ни:</translation>
        </message>
        <message>
            <source>The body's members on the day of the meeting, for the quorum</source>
            <translation>Йиғилиш кунидаги орган аъзолари сони, кворум учун</translation>
        </message>
        <message>
            <source>count the attendance</source>
            <translation>қатнашчилардан санаш</translation>
        </message>
        <message>
            <source>&amp;Basis:</source>
            <translation>Асос&amp;и:</translation>
        </message>
        <message>
            <source>A law's article, the charter</source>
            <translation>Қонун моддаси, низом</translation>
        </message>
        <message>
            <source>Not&amp;ified:</source>
            <translation>&amp;Хабардор қилинди:</translation>
        </message>
        <message>
            <source>How and when the members were notified; printed as an appendix</source>
            <translation>Аъзолар қандай ва қачон хабардор қилинган; илова сифатида чоп этилади</translation>
        </message>
        <message>
            <source>The notice sent to the members (printed as an appendix)</source>
            <translation>Аъзоларга юборилган хабарнома (илова сифатида чоп этилади)</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>Кворум</translation>
        </message>
    </context>
    <context>
        <name>MeetingValidator</name>
        <message>
            <source>The meeting needs the name of the council.</source>
            <translation>Йиғилиш учун кенгаш номи керак.</translation>
        </message>
        <message>
            <source>The meeting needs a date.</source>
            <translation>Йиғилиш учун сана керак.</translation>
        </message>
        <message>
            <source>The protocol number cannot be negative.</source>
            <translation>Йиғилиш баёни рақами манфий бўлиши мумкин эмас.</translation>
        </message>
        <message>
            <source>Every attendee needs a name.</source>
            <translation>Ҳар бир қатнашчининг исми бўлиши керак.</translation>
        </message>
        <message>
            <source>Every agenda item needs a title.</source>
            <translation>Кун тартибининг ҳар бир масаласи номланган бўлиши керак.</translation>
        </message>
        <message>
            <source>A report needs its speaker.</source>
            <translation>Маърузанинг маърузачиси кўрсатилиши керак.</translation>
        </message>
        <message>
            <source>A KPI row needs the name of its indicator.</source>
            <translation>Кўрсаткич қаторида кўрсаткич номи бўлиши керак.</translation>
        </message>
        <message>
            <source>A KPI row needs a value or a change, written as a number.</source>
            <translation>Кўрсаткич қаторида сон билан ёзилган қиймат ёки ўзгариш бўлиши керак.</translation>
        </message>
        <message>
            <source>A growth factor must be greater than zero.</source>
            <translation>Ўсиш коэффициенти нолдан катта бўлиши керак.</translation>
        </message>
        <message>
            <source>A resolution needs its text.</source>
            <translation>Қарорнинг матни бўлиши керак.</translation>
        </message>
        <message>
            <source>The deadline must be a real date.</source>
            <translation>Муддат ҳақиқий сана бўлиши керак.</translation>
        </message>
        <message>
            <source>The resolution refers to an agenda item that is no longer on the agenda.</source>
            <translation>Қарор кун тартибида энди йўқ масалага тегишли.</translation>
        </message>
        <message>
            <source>%1 is in the roll call but is not a member of the body in this meeting's attendance: only members vote. Add them to the attendance as a member, or take them out of the roll call.</source>
            <translation>%1 овоз бериш рўйхатида бор, лекин бу йиғилиш қатнашчилари орасида орган аъзоси сифатида йўқ: фақат аъзолар овоз беради. Уни қатнашчиларга аъзо сифатида қўшинг ёки овоз бериш рўйхатидан чиқаринг.</translation>
        </message>
        <message>
            <source>%1 is in the roll call but is marked as not present: an absent member cannot vote. Correct the attendance or the roll call.</source>
            <translation>%1 овоз бериш рўйхатида бор, лекин қатнашмаган деб белгиланган: қатнашмаган аъзо овоз бера олмайди. Қатнашчилар ёки овоз бериш рўйхатини тузатинг.</translation>
        </message>
        <message>
            <source>There is no quorum: %1 of %2 members are present, at least %3 are needed. The meeting cannot decide; the protocol says “Kvorum mavjud emas”.</source>
            <translation>Кворум йўқ: %2 аъзодан %1 нафари қатнашмоқда, камида %3 нафари керак. Йиғилиш қарор қабул қила олмайди; баёнда “Kvorum mavjud emas” деб ёзилади.</translation>
        </message>
        <message>
            <source>An attached document needs its title.</source>
            <translation>Илова қилинган ҳужжатнинг номи бўлиши керак.</translation>
        </message>
        <message>
            <source>The text says “(ilova qilinadi)” %1 time(s) but %2 document(s) are attached: attach the missing ones, or the appendix will be on paper only.</source>
            <translation>Матнда “(ilova qilinadi)” %1 марта учрайди, лекин %2 та ҳужжат илова қилинган: етишмаганларини илова қилинг, акс ҳолда илова фақат қоғозда бўлади.</translation>
        </message>
        <message>
            <source>%1 document(s) are attached but the text mentions only %2 with “(ilova qilinadi)”: the others are printed after them, mentioned nowhere.</source>
            <translation>%1 та ҳужжат илова қилинган, лекин матнда “(ilova qilinadi)” билан фақат %2 таси тилга олинган: қолганлари улардан кейин чоп этилади ва ҳеч қаерда тилга олинмайди.</translation>
        </message>
        <message>
            <source>Resolution %1 is to be followed up but names no one responsible.</source>
            <translation>%1-қарор ижроси назорат қилиниши керак, лекин масъул шахс кўрсатилмаган.</translation>
        </message>
        <message>
            <source>Resolution %1 is to be followed up but has no deadline.</source>
            <translation>%1-қарор ижроси назорат қилиниши керак, лекин муддати кўрсатилмаган.</translation>
        </message>
        <message>
            <source>Agenda item %1 has no speaker: add the report that was heard on it.</source>
            <translation>Кун тартибининг %1-масаласида маърузачи йўқ: унда эшитилган маърузани қўшинг.</translation>
        </message>
    </context>
    <context>
        <name>MoveAgendaItemCommand</name>
        <message>
            <source>Move agenda item</source>
            <translation>Масалани суриш</translation>
        </message>
    </context>
    <context>
        <name>MoveAppendixCommand</name>
        <message>
            <source>Move appendix</source>
            <translation>Иловани суриш</translation>
        </message>
    </context>
    <context>
        <name>MoveResolutionCommand</name>
        <message>
            <source>Move resolution</source>
            <translation>Қарорни суриш</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Созламалар</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>Интерфейс &amp;тили:</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>&amp;Исмингиз:</translation>
        </message>
        <message>
            <source>Written beside the changes you make to a meeting's status</source>
            <translation>Йиғилиш ҳолатига киритган ўзгаришларингиз ёнига ёзилади</translation>
        </message>
        <message>
            <source>&amp;Replace apostrophes while typing (o' → oʻ, g' → gʻ, ta'lim → taʼlim)</source>
            <translation>Ёзиш пайтида &amp;апострофларни алмаштириш (o' → oʻ, g' → gʻ, ta'lim → taʼlim)</translation>
        </message>
    </context>
    <context>
        <name>ProtocolPrinting</name>
        <message>
            <source>Print preview</source>
            <translation>Чоп этишдан олдин кўриш</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>Диск</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Номаълум</translation>
        </message>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Жилд</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <comment>All other platforms</comment>
            <translation>Ёрлиқ</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Ҳаммасини белгилаш</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>Бир қадам й&amp;уқорига</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>Бир қадам &amp;пастга</translation>
        </message>
    </context>
    <context>
        <name>QCupsJobWidget</name>
        <message>
            <source>Job</source>
            <translation>Вазифа</translation>
        </message>
        <message>
            <source>Job Control</source>
            <translation>Вазифани бошқариш</translation>
        </message>
        <message>
            <source>Scheduled printing:</source>
            <translation>Режалаштирилган чоп этиш:</translation>
        </message>
        <message>
            <source>Billing information:</source>
            <translation>Ҳисоб маълумотлари:</translation>
        </message>
        <message>
            <source>Job priority:</source>
            <translation>Вазифа устуворлиги:</translation>
        </message>
        <message>
            <source>Banner Pages</source>
            <translation>Титул варақлари</translation>
        </message>
        <message>
            <source>End:</source>
            <translation>Охирида:</translation>
        </message>
        <message>
            <source>Start:</source>
            <translation>Бошида:</translation>
        </message>
        <message>
            <source>Print Immediately</source>
            <translation>Дарҳол чоп этиш</translation>
        </message>
        <message>
            <source>Hold Indefinitely</source>
            <translation>Муддатсиз кечиктириш</translation>
        </message>
        <message>
            <source>Day (06:00 to 17:59)</source>
            <translation>Кундузи (06:00 дан 17:59 гача)</translation>
        </message>
        <message>
            <source>Night (18:00 to 05:59)</source>
            <translation>Кечаси (18:00 дан 05:59 гача)</translation>
        </message>
        <message>
            <source>Second Shift (16:00 to 23:59)</source>
            <translation>Иккинчи смена (16:00 дан 23:59 гача)</translation>
        </message>
        <message>
            <source>Third Shift (00:00 to 07:59)</source>
            <translation>Учинчи смена (00:00 дан 07:59 гача)</translation>
        </message>
        <message>
            <source>Weekend (Saturday to Sunday)</source>
            <translation>Дам олиш кунлари (шанба ва якшанба)</translation>
        </message>
        <message>
            <source>Specific Time</source>
            <translation>Белгиланган вақтда</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Йўқ</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Стандарт</translation>
        </message>
        <message>
            <source>Unclassified</source>
            <translation>Махфий эмас</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Конфиденциал</translation>
        </message>
        <message>
            <source>Classified</source>
            <translation>Чекланган</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Махфий</translation>
        </message>
        <message>
            <source>Top Secret</source>
            <translation>Ўта махфий</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation>Жойлашув:</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Орқага</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Орқага қайтиш</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Олдинга</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Олдинга ўтиш</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Юқори жилд</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Юқори жилдга ўтиш</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Янги жилд яратиш</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Янги жилд яратиш</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Рўйхат</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Рўйхат кўринишига ўтиш</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Батафсил</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Батафсил кўринишга ўтиш</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Ён панель</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Жойлар ва хатчўплар рўйхати</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Файллар</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Файл тури:</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Жилдни танлаш</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Очиш</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Бошқача сақлаш</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Очиш</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сақлаш</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Танлаш</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>Файл &amp;номи:</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Жилд:</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Номини ўзгартириш</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>Ў&amp;чириш</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>&amp;Яширин файлларни кўрсатиш</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>Янги &amp;жилд</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Янги жилд</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Барча файллар (*)</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Жилдлар</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Сўнгги жойлар</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Олиб ташлаш</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ўчириш</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>“%1” ўчирилсинми?</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>“%1” ёзишдан ҳимояланган.
Барибир ўчирилсинми?</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Жилдни ўчириб бўлмади.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 аллақачон мавжуд.
Уни алмаштирасизми?</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Файл топилмади.
Файл номи тўғри берилганини текширинг.</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Жилд топилмади.
Жилд номи тўғри берилганини текширинг.</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Номи</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ҳажми</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Ўзгартирилган сана</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Компьютер</translation>
        </message>
        <message>
            <source>Type</source>
            <comment>All other platforms</comment>
            <translation>Тури</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;OK</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сақлаш</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Бекор қилиш</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Ёпиш</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Сақламасдан ёпиш</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Бекор қилиш</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Қайтариш</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Кесиб олиш</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Нусха олиш</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>Қў&amp;йиш</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ўчириш</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Ҳаммасини белгилаш</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Тафсилотларни кўрсатиш...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Тафсилотларни яшириш...</translation>
        </message>
    </context>
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <source>Paper</source>
            <translation>Қоғоз</translation>
        </message>
        <message>
            <source>Page size:</source>
            <translation>Саҳифа ўлчами:</translation>
        </message>
        <message>
            <source>Width:</source>
            <translation>Кенглиги:</translation>
        </message>
        <message>
            <source>Height:</source>
            <translation>Баландлиги:</translation>
        </message>
        <message>
            <source>Paper source:</source>
            <translation>Қоғоз манбаи:</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Йўналиш</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Бўйига</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Энига</translation>
        </message>
        <message>
            <source>Reverse landscape</source>
            <translation>Тескари энига</translation>
        </message>
        <message>
            <source>Reverse portrait</source>
            <translation>Тескари бўйига</translation>
        </message>
        <message>
            <source>Margins</source>
            <translation>Ҳошиялар</translation>
        </message>
        <message>
            <source>top margin</source>
            <translation>юқори ҳошия</translation>
        </message>
        <message>
            <source>left margin</source>
            <translation>чап ҳошия</translation>
        </message>
        <message>
            <source>right margin</source>
            <translation>ўнг ҳошия</translation>
        </message>
        <message>
            <source>bottom margin</source>
            <translation>пастки ҳошия</translation>
        </message>
        <message>
            <source>Page Layout</source>
            <translation>Саҳифалар жойлашуви</translation>
        </message>
        <message>
            <source>Page order:</source>
            <translation>Саҳифалар тартиби:</translation>
        </message>
        <message>
            <source>Pages per sheet:</source>
            <translation>Варақдаги саҳифалар:</translation>
        </message>
        <message>
            <source>Millimeters (mm)</source>
            <translation>Миллиметр (мм)</translation>
        </message>
        <message>
            <source>Inches (in)</source>
            <translation>Дюйм (in)</translation>
        </message>
        <message>
            <source>Points (pt)</source>
            <translation>Пункт (pt)</translation>
        </message>
        <message>
            <source>Pica (P̸)</source>
            <translation>Пика (P̸)</translation>
        </message>
        <message>
            <source>Didot (DD)</source>
            <translation>Дидо (DD)</translation>
        </message>
        <message>
            <source>Cicero (CC)</source>
            <translation>Цицеро (CC)</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Махсус</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сақлаш</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Ҳаммасини сақлаш</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Очиш</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ҳа</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ҳа&amp;ммасига ҳа</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Йўқ</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Ҳаммасига йў&amp;қ</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Тўхтатиш</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Қайта уриниш</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ўтказиб юбориш</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Ёпиш</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Бекор қилиш</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Сақламаслик</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ёрдам</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Қўллаш</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Қайта ўрнатиш</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Стандарт қийматларни тиклаш</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>Print</source>
            <translation>Чоп этиш</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Чоп этиш</translation>
        </message>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation>&amp;Параметрлар &gt;&gt;</translation>
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation>&amp;Параметрлар &lt;&lt;</translation>
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation>Файлга чоп этиш (PDF)</translation>
        </message>
        <message>
            <source>Local file</source>
            <translation>Маҳаллий файл</translation>
        </message>
        <message>
            <source>Write PDF file</source>
            <translation>PDF файл ёзиш</translation>
        </message>
        <message>
            <source>Print To File ...</source>
            <translation>Файлга чоп этиш ...</translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation>Барча саҳифалар</translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation>Тоқ саҳифалар</translation>
        </message>
        <message>
            <source>Even Pages</source>
            <translation>Жуфт саҳифалар</translation>
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 — жилд.
Бошқа файл номини танланг.</translation>
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>%1 файлига ёзиб бўлмайди.
Бошқа файл номини танланг.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>%1 аллақачон мавжуд.
Унинг устидан ёзилсинми?</translation>
        </message>
        <message>
            <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
            <translation>“Варақдаги саҳифалар” ва “Саҳифалар тўплами” параметрларини бирга ишлатиб бўлмайди.
Улардан бирини ўчиринг.</translation>
        </message>
        <message>
            <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
            <translation>%1 нотўғри ёзилган. Саҳифа ва оралиқларни “,” билан ажратинг, оралиқни “-” билан беринг ва оралиқлар бир-бирини кесиб ўтмасин.</translation>
        </message>
        <message>
            <source>Invalid Pages Definition</source>
            <translation>Саҳифалар нотўғри кўрсатилган</translation>
        </message>
        <message>
            <source>Duplex Settings Conflicts</source>
            <translation>Икки томонлама чоп этиш созламаларида зиддият</translation>
        </message>
        <message>
            <source>There are conflicts in duplex settings. Do you want to fix them?</source>
            <translation>Икки томонлама чоп этиш созламаларида зиддиятлар бор. Уларни тузатасизми?</translation>
        </message>
        <message>
            <source>Left to Right, Top to Bottom</source>
            <translation>Чапдан ўнгга, юқоридан пастга</translation>
        </message>
        <message>
            <source>Left to Right, Bottom to Top</source>
            <translation>Чапдан ўнгга, пастдан юқорига</translation>
        </message>
        <message>
            <source>Right to Left, Bottom to Top</source>
            <translation>Ўнгдан чапга, пастдан юқорига</translation>
        </message>
        <message>
            <source>Right to Left, Top to Bottom</source>
            <translation>Ўнгдан чапга, юқоридан пастга</translation>
        </message>
        <message>
            <source>Bottom to Top, Left to Right</source>
            <translation>Пастдан юқорига, чапдан ўнгга</translation>
        </message>
        <message>
            <source>Bottom to Top, Right to Left</source>
            <translation>Пастдан юқорига, ўнгдан чапга</translation>
        </message>
        <message>
            <source>Top to Bottom, Left to Right</source>
            <translation>Юқоридан пастга, чапдан ўнгга</translation>
        </message>
        <message>
            <source>Top to Bottom, Right to Left</source>
            <translation>Юқоридан пастга, ўнгдан чапга</translation>
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <source>Print Preview</source>
            <translation>Чоп этишдан олдин кўриш</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Кейинги саҳифа</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Олдинги саҳифа</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>Биринчи саҳифа</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>Охирги саҳифа</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Кенглигига мослаш</translation>
        </message>
        <message>
            <source>Fit page</source>
            <translation>Саҳифага мослаш</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Катталаштириш</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Кичиклаштириш</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Бўйига</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Энига</translation>
        </message>
        <message>
            <source>Show single page</source>
            <translation>Битта саҳифани кўрсатиш</translation>
        </message>
        <message>
            <source>Show facing pages</source>
            <translation>Ёнма-ён саҳифаларни кўрсатиш</translation>
        </message>
        <message>
            <source>Show overview of all pages</source>
            <translation>Барча саҳифаларни умумий кўрсатиш</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Чоп этиш</translation>
        </message>
        <message>
            <source>Page setup</source>
            <translation>Саҳифа созламалари</translation>
        </message>
        <message>
            <source>Page Setup</source>
            <translation>Саҳифа созламалари</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesDialog</name>
        <message>
            <source>Printer Properties</source>
            <translation>Принтер хоссалари</translation>
        </message>
        <message>
            <source>Job Options</source>
            <translation>Вазифа параметрлари</translation>
        </message>
        <message>
            <source>Page Setup Conflicts</source>
            <translation>Саҳифа созламаларида зиддият</translation>
        </message>
        <message>
            <source>There are conflicts in page setup options. Do you want to fix them?</source>
            <translation>Саҳифа созламаларида зиддиятлар бор. Уларни тузатасизми?</translation>
        </message>
        <message>
            <source>Advanced Option Conflicts</source>
            <translation>Қўшимча созламаларда зиддият</translation>
        </message>
        <message>
            <source>There are conflicts in some advanced options. Do you want to fix them?</source>
            <translation>Баъзи қўшимча созламаларда зиддиятлар бор. Уларни тузатасизми?</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesWidget</name>
        <message>
            <source>Page</source>
            <translation>Саҳифа</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Қўшимча</translation>
        </message>
        <message>
            <source>There are conflicts in some options. Please fix them.</source>
            <translation>Баъзи созламаларда зиддиятлар бор. Уларни тузатинг.</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Copies</source>
            <translation>Нусхалар</translation>
        </message>
        <message>
            <source>Print range</source>
            <translation>Чоп этиш оралиғи</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>Ҳаммаси</translation>
        </message>
        <message>
            <source>Pages from</source>
            <translation>Саҳифалар:</translation>
        </message>
        <message>
            <source>to</source>
            <translation>–</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Саҳифалар</translation>
        </message>
        <message>
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>Саҳифалар ёки оралиқларни вергул билан ажратиб киритинг. Оралиқ чизиқча билан ажратилган икки сон билан берилади. Масалан, 3,5-7,9 билан 3, 5, 6, 7 ва 9-саҳифалар чоп этилади.</translation>
        </message>
        <message>
            <source>Current Page</source>
            <translation>Жорий саҳифа</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Белгиланган қисм</translation>
        </message>
        <message>
            <source>Page Set:</source>
            <translation>Саҳифалар тўплами:</translation>
        </message>
        <message>
            <source>Output Settings</source>
            <translation>Чиқиш созламалари</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Нусхалар сони:</translation>
        </message>
        <message>
            <source>Collate</source>
            <translation>Нусхалаб териш</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>Тескари тартибда</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Параметрлар</translation>
        </message>
        <message>
            <source>Color Mode</source>
            <translation>Ранг режими</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>Рангли</translation>
        </message>
        <message>
            <source>Grayscale</source>
            <translation>Кулранг тусларда</translation>
        </message>
        <message>
            <source>Double Sided Printing</source>
            <translation>Икки томонлама чоп этиш</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Ўчиқ</translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation>Узун томонидан тикиш</translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation>Қисқа томонидан тикиш</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>Printer</source>
            <translation>Принтер</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Номи:</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>&amp;Хоссалари</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Жойлашуви:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Тури:</translation>
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation>Чиқиш &amp;файли:</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Олдиндан кўриш</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Scroll here</source>
            <translation>Шу ерга айлантириш</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>Чап четга</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>Энг юқорига</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>Ўнг четга</translation>
        </message>
        <message>
            <source>Bottom</source>
            <translation>Энг пастга</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>Бир саҳифа чапга</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>Бир саҳифа юқорига</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>Бир саҳифа ўнгга</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>Бир саҳифа пастга</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>Чапга айлантириш</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>Юқорига айлантириш</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>Ўнгга айлантириш</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>Пастга айлантириш</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Бекор қилиш</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Қайтариш</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Кесиб олиш</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Нусха олиш</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Ҳавола &amp;манзилини нусхалаш</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>Қў&amp;йиш</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ўчириш</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Ҳаммасини белгилаш</translation>
        </message>
    </context>
    <context>
        <name>Remark</name>
        <message>
            <source>Meeting %1 is %2: remarks are written on a protocol in review.</source>
            <translation>%1-йиғилиш ҳолати: %2. Мулоҳазалар кўриб чиқишдаги баёнга ёзилади.</translation>
        </message>
        <message>
            <source>The remark has no text.</source>
            <translation>Мулоҳазада матн йўқ.</translation>
        </message>
        <message>
            <source>The remark has no reviewer's name.</source>
            <translation>Мулоҳазада кўриб чиқувчининг исми йўқ.</translation>
        </message>
    </context>
    <context>
        <name>RemarkDialog</name>
        <message>
            <source>Add a remark</source>
            <translation>Мулоҳаза қўшиш</translation>
        </message>
        <message>
            <source>&amp;Remark:</source>
            <translation>&amp;Мулоҳаза:</translation>
        </message>
        <message>
            <source>What should change in this part, and why</source>
            <translation>Бу қисмда нима ўзгариши керак ва нега</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>&amp;Исмингиз:</translation>
        </message>
        <message>
            <source>Kept for the next remarks too (Preferences ▸ Your name)</source>
            <translation>Кейинги мулоҳазалар учун ҳам сақланади (Созламалар ▸ Исмингиз)</translation>
        </message>
    </context>
    <context>
        <name>RemarkLocator</name>
        <message>
            <source>"%1" is not a complete part name.</source>
            <translation>“%1” — қисмнинг тўлиқ номи эмас.</translation>
        </message>
        <message>
            <source>Meeting %1 has no %2: %3.</source>
            <translation>%1-йиғилишда %2 йўқ: %3.</translation>
        </message>
        <message>
            <source>it has %1 resolution(s)</source>
            <translation>унда %1 та қарор бор</translation>
        </message>
        <message>
            <source>it has %1 appendix(es)</source>
            <translation>унда %1 та илова бор</translation>
        </message>
        <message>
            <source>its agenda has %1 item(s)</source>
            <translation>кун тартибида %1 та масала бор</translation>
        </message>
        <message>
            <source>agenda item %1 has %2 report(s)</source>
            <translation>кун тартибининг %1-масаласида %2 та маъруза бор</translation>
        </message>
        <message>
            <source>report %1.%2 has %3 KPI row(s)</source>
            <translation>%1.%2-маърузада %3 та кўрсаткич қатори бор</translation>
        </message>
    </context>
    <context>
        <name>RemarkPart</name>
        <message>
            <source>No part was given; a part is one of: %1.</source>
            <translation>Қисм кўрсатилмаган; қисм қуйидагилардан бири: %1.</translation>
        </message>
        <message>
            <source>"%1" is not a part of a protocol; a part is one of: %2.</source>
            <translation>“%1” баённинг қисми эмас; қисм қуйидагилардан бири: %2.</translation>
        </message>
        <message>
            <source>"%1": the meeting as a whole takes no number; write "meeting".</source>
            <translation>“%1”: йиғилиш бутунлигича рақам олмайди; “meeting” деб ёзинг.</translation>
        </message>
        <message>
            <source>a report is named by the number of its agenda item and its own</source>
            <translation>маъруза кун тартиби масаласининг рақами ва ўз рақами билан номланади</translation>
        </message>
        <message>
            <source>a KPI row is named by the numbers of its agenda item, its report and its row</source>
            <translation>кўрсаткич қатори масала, маъруза ва қатор рақамлари билан номланади</translation>
        </message>
        <message>
            <source>an agenda item is named by its number</source>
            <translation>кун тартиби масаласи ўз рақами билан номланади</translation>
        </message>
        <message>
            <source>an appendix is named by its number</source>
            <translation>илова ўз рақами билан номланади</translation>
        </message>
        <message>
            <source>a resolution is named by its number</source>
            <translation>қарор ўз рақами билан номланади</translation>
        </message>
        <message>
            <source>"%1": %2, as in "%3".</source>
            <translation>“%1”: %2, масалан “%3”.</translation>
        </message>
        <message>
            <source>"%1": "%2" is not a number as printed (1, 2, 3 …).</source>
            <translation>“%1”: “%2” чоп этилгандаги рақам эмас (1, 2, 3 …).</translation>
        </message>
    </context>
    <context>
        <name>RemarksPanel</name>
        <message>
            <source>&amp;Take back</source>
            <translation>&amp;Қайтариб олиш</translation>
        </message>
        <message>
            <source>Remove the selected remark before it is sent</source>
            <translation>Танланган мулоҳазани жўнатилишидан олдин олиб ташлаш</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>Қ&amp;абул қилиш</translation>
        </message>
        <message>
            <source>The remark is taken into the protocol</source>
            <translation>Мулоҳаза баёнга киритилади</translation>
        </message>
        <message>
            <source>Re&amp;ject</source>
            <translation>&amp;Рад этиш</translation>
        </message>
        <message>
            <source>The remark is not taken into the protocol</source>
            <translation>Мулоҳаза баёнга киритилмайди</translation>
        </message>
        <message>
            <source>&amp;Noted</source>
            <translation>&amp;Эътиборга олинди</translation>
        </message>
        <message>
            <source>The remark was read; nothing in the protocol changes for it</source>
            <translation>Мулоҳаза ўқилди; баёнда у туфайли ҳеч нарса ўзгармайди</translation>
        </message>
    </context>
    <context>
        <name>ReopenDialog</name>
        <message>
            <source>Reopen the meeting</source>
            <translation>Йиғилишни қайта очиш</translation>
        </message>
        <message>
            <source>&amp;Reason (kept in the meeting's history):</source>
            <translation>&amp;Сабаби (йиғилиш тарихида сақланади):</translation>
        </message>
        <message>
            <source>What must be corrected, and at whose request</source>
            <translation>Нима тузатилиши керак ва кимнинг сўровига кўра</translation>
        </message>
    </context>
    <context>
        <name>ReportEditor</name>
        <message>
            <source>&amp;Speaker:</source>
            <translation>&amp;Маърузачи:</translation>
        </message>
        <message>
            <source>O.Pekso, or the full name</source>
            <translation>O.Pekso ёки тўлиқ исм</translation>
        </message>
        <message>
            <source>&amp;Lead sentence:</source>
            <translation>&amp;Кириш жумласи:</translation>
        </message>
        <message>
            <source>&amp;Body:</source>
            <translation>&amp;Матн:</translation>
        </message>
        <message>
            <source>Paragraph</source>
            <translation>Хатбоши</translation>
        </message>
        <message>
            <source>Make the current block a paragraph (Ctrl+0)</source>
            <translation>Жорий қисмни хатбоши қилиш (Ctrl+0)</translation>
        </message>
        <message>
            <source>Heading</source>
            <translation>Сарлавҳа</translation>
        </message>
        <message>
            <source>Make the current block a section heading (Ctrl+2)</source>
            <translation>Жорий қисмни бўлим сарлавҳаси қилиш (Ctrl+2)</translation>
        </message>
        <message>
            <source>Bullet list</source>
            <translation>Рўйхат</translation>
        </message>
        <message>
            <source>Make the current block a bullet (Ctrl+Shift+8)</source>
            <translation>Жорий қисмни рўйхат банди қилиш (Ctrl+Shift+8)</translation>
        </message>
        <message>
            <source>Report body</source>
            <translation>Маъруза матни</translation>
        </message>
        <message>
            <source>KPI tables</source>
            <translation>Кўрсаткичлар жадваллари</translation>
        </message>
        <message>
            <source>T&amp;able:</source>
            <translation>&amp;Жадвал:</translation>
        </message>
        <message>
            <source>New table</source>
            <translation>Янги жадвал</translation>
        </message>
        <message>
            <source>Remove table</source>
            <translation>Жадвални ўчириш</translation>
        </message>
        <message>
            <source>Ca&amp;ption:</source>
            <translation>&amp;Сарлавҳа:</translation>
        </message>
        <message>
            <source>KPI table</source>
            <translation>Кўрсаткичлар жадвали</translation>
        </message>
        <message>
            <source>Add row</source>
            <translation>Қатор қўшиш</translation>
        </message>
        <message>
            <source>Add a row after the current one (Insert)</source>
            <translation>Жорий қатордан кейин қатор қўшиш (Insert)</translation>
        </message>
        <message>
            <source>Remove rows</source>
            <translation>Қаторларни ўчириш</translation>
        </message>
        <message>
            <source>Remove the selected rows (Ctrl+Delete)</source>
            <translation>Танланган қаторларни ўчириш (Ctrl+Delete)</translation>
        </message>
        <message>
            <source>Paste from spreadsheet</source>
            <translation>Электрон жадвалдан қўйиш</translation>
        </message>
        <message>
            <source>Paste tab-separated rows at the current cell (Ctrl+V)</source>
            <translation>Табуляция билан ажратилган қаторларни жорий катакка қўйиш (Ctrl+V)</translation>
        </message>
    </context>
    <context>
        <name>ResolutionsPage</name>
        <message>
            <source>Reso&amp;lutions:</source>
            <translation>&amp;Қарорлар:</translation>
        </message>
        <message>
            <source>Resolutions</source>
            <translation>Қарорлар</translation>
        </message>
        <message>
            <source>Add resolution</source>
            <translation>Қарор қўшиш</translation>
        </message>
        <message>
            <source>Remove resolution</source>
            <translation>Қарорни ўчириш</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Юқорига</translation>
        </message>
        <message>
            <source>Move the resolution up (Alt+Up)</source>
            <translation>Қарорни юқорига суриш (Alt+Up)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Пастга</translation>
        </message>
        <message>
            <source>Move the resolution down (Alt+Down)</source>
            <translation>Қарорни пастга суриш (Alt+Down)</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Қарор</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>&amp;Матни:</translation>
        </message>
        <message>
            <source>Su&amp;b-points:</source>
            <translation>&amp;Кичик бандлар:</translation>
        </message>
        <message>
            <source>One sub-point a line</source>
            <translation>Ҳар бир қаторда битта кичик банд</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Тури:</translation>
        </message>
        <message>
            <source>Agenda &amp;item:</source>
            <translation>&amp;Масала:</translation>
        </message>
        <message>
            <source>A&amp;ddressee:</source>
            <translation>К&amp;имга:</translation>
        </message>
        <message>
            <source>&amp;Responsible:</source>
            <translation>Ма&amp;съул:</translation>
        </message>
        <message>
            <source>Printed names, separated by commas</source>
            <translation>Босма шаклдаги исмлар, вергул билан</translation>
        </message>
        <message>
            <source>Dead&amp;line:</source>
            <translation>Му&amp;ддат:</translation>
        </message>
        <message>
            <source>Deadline date</source>
            <translation>Муддат санаси</translation>
        </message>
        <message>
            <source>&amp;Follow-up:</source>
            <translation>&amp;Ижро ҳолати:</translation>
        </message>
        <message>
            <source>Status &amp;note:</source>
            <translation>Ҳолат &amp;изоҳи:</translation>
        </message>
    </context>
    <context>
        <name>RestoreRevisionCommand</name>
        <message>
            <source>Restore revision %1</source>
            <translation>%1-таҳрирни тиклаш</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Sign the protocol</source>
            <translation>Баённи имзолаш</translation>
        </message>
        <message>
            <source>Signed &amp;on:</source>
            <translation>&amp;Имзоланган сана:</translation>
        </message>
        <message>
            <source>&amp;Scan of the signed copy:</source>
            <translation>Имзоланган нусха &amp;скани:</translation>
        </message>
        <message>
            <source>Optional: PDF, PNG or JPEG; it can be attached later too</source>
            <translation>Ихтиёрий: PDF, PNG ёки JPEG; кейинроқ ҳам бириктириш мумкин</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Танлаш…</translation>
        </message>
    </context>
    <context>
        <name>StatusWorkflow</name>
        <message>
            <source>draft</source>
            <translation>лойиҳа</translation>
        </message>
        <message>
            <source>in review</source>
            <translation>кўриб чиқишда</translation>
        </message>
        <message>
            <source>final</source>
            <translation>якуний</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>имзоланган</translation>
        </message>
        <message>
            <source>The meeting is already %1.</source>
            <translation>Йиғилиш аллақачон «%1» ҳолатида.</translation>
        </message>
        <message>
            <source>The meeting is %1: going back to draft reopens it, which needs a reason.</source>
            <translation>Йиғилиш ҳолати: %1. Лойиҳага қайтариш уни қайта очади, бунинг учун сабаб керак.</translation>
        </message>
        <message>
            <source>A draft goes to review first.</source>
            <translation>Лойиҳа аввал кўриб чиқишга юборилади.</translation>
        </message>
        <message>
            <source>A meeting in review can be finalised or sent back to draft.</source>
            <translation>Кўриб чиқишдаги йиғилишни якунлаш ёки лойиҳага қайтариш мумкин.</translation>
        </message>
        <message>
            <source>A final meeting can be signed, or reopened as a draft with a reason.</source>
            <translation>Якуний йиғилишни имзолаш ёки сабаб кўрсатиб лойиҳа сифатида қайта очиш мумкин.</translation>
        </message>
        <message>
            <source>A signed meeting can only be reopened as a draft, with a reason.</source>
            <translation>Имзоланган йиғилишни фақат сабаб кўрсатиб лойиҳа сифатида қайта очиш мумкин.</translation>
        </message>
        <message>
            <source>A meeting cannot go from %1 to %2. %3</source>
            <translation>Йиғилиш «%1» ҳолатидан «%2» ҳолатига ўта олмайди. %3</translation>
        </message>
        <message>
            <source>Only a final or signed meeting is reopened; this one is %1 and can be edited.</source>
            <translation>Фақат якуний ёки имзоланган йиғилиш қайта очилади; бу йиғилиш ҳолати: %1, уни таҳрирлаш мумкин.</translation>
        </message>
        <message>
            <source>Reopening a %1 meeting needs a reason; it is kept in the audit log.</source>
            <translation>Ҳолати «%1» бўлган йиғилишни қайта очиш учун сабаб керак; у аудит журналида сақланади.</translation>
        </message>
    </context>
    <context>
        <name>VoteValidator</name>
        <message>
            <source>A unanimous vote needs members present; the attendance has none.</source>
            <translation>Бир овоздан қабул қилиш учун қатнашган аъзолар керак; қатнашчилар рўйхатида улар йўқ.</translation>
        </message>
        <message>
            <source>A vote count cannot be negative.</source>
            <translation>Овозлар сони манфий бўлиши мумкин эмас.</translation>
        </message>
        <message>
            <source>Every line of a roll call names the member who voted.</source>
            <translation>Номма-ном овоз беришнинг ҳар бир қаторида овоз берган аъзо кўрсатилади.</translation>
        </message>
        <message>
            <source>%1 is listed twice in the roll call.</source>
            <translation>%1 номма-ном овоз беришда икки марта кўрсатилган.</translation>
        </message>
        <message>
            <source>%1 votes were counted (for %2, against %3, abstained %4), but only %5 members are present. Correct the counts or the attendance.</source>
            <translation>%1 та овоз ҳисобланган (рози %2, қарши %3, бетараф %4), лекин фақат %5 нафар аъзо қатнашган. Овозлар сонини ёки қатнашчилар рўйхатини тузатинг.</translation>
        </message>
        <message>
            <source>The vote has no votes counted; enter the counts or choose “unanimously”.</source>
            <translation>Овозлар ҳисобланмаган; сонларини киритинг ёки “бир овоздан”ни танланг.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Minutes of council meetings in Uzbek.</source>
            <translation>Кенгаш йиғилишларининг ўзбек тилидаги баёнлари.</translation>
        </message>
        <message>
            <source>The database to open (created when missing).</source>
            <translation>Очиладиган маълумотлар базаси (йўқ бўлса, яратилади).</translation>
        </message>
        <message>
            <source>Save a picture of the window and quit.</source>
            <translation>Ойна расмини сақлаб, чиқиш.</translation>
        </message>
        <message>
            <source>Open the meeting at this part ("agenda 1").</source>
            <translation>Йиғилишни шу қисмида очиш ("agenda 1").</translation>
        </message>
        <message>
            <source>Show the decisions register (with --screenshot: its picture).</source>
            <translation>Қарорлар реестрини кўрсатиш (--screenshot билан: унинг расми).</translation>
        </message>
        <message>
            <source>A database or a review copy (.bayon, opened read-only) to open, or a meeting (.json) to import.</source>
            <translation>Очиладиган маълумотлар базаси ёки кўриб чиқиш нусхаси (.bayon, фақат ўқиш учун очилади) ёки импорт қилинадиган йиғилиш (.json).</translation>
        </message>
    </context>
</TS>
