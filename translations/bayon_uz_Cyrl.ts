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
    </context>
    <context>
        <name>Bayon::MeetingEditor</name>
        <message>
            <source>This meeting is %1: its protocol is read-only. Reopen it to correct it; it becomes a draft again.</source>
            <translation>Бу йиғилиш ҳолати: %1. Баёнини фақат ўқиш мумкин. Тузатиш учун уни қайта очинг: у яна лойиҳага айланади.</translation>
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
    </context>
    <context>
        <name>Bayon::MeetingSession</name>
        <message>
            <source>The meeting was changed elsewhere; choose what to do first.</source>
            <translation>Йиғилиш бошқа жойда ўзгартирилган; аввал нима қилишни танланг.</translation>
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
    </context>
    <context>
        <name>ChangeAgendaItemTitleCommand</name>
        <message>
            <source>Change agenda item title</source>
            <translation>Масала номини ўзгартириш</translation>
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
            <source>A new draft with the council, chair, secretary and members of the latest meeting</source>
            <translation>Охирги йиғилишнинг кенгаши, раиси, котиби ва аъзолари билан янги лойиҳа</translation>
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
    </context>
    <context>
        <name>MoveAgendaItemCommand</name>
        <message>
            <source>Move agenda item</source>
            <translation>Масалани суриш</translation>
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
            <source>A database to open, or a meeting (.json) to import.</source>
            <translation>Очиладиган маълумотлар базаси ёки импорт қилинадиган йиғилиш (.json).</translation>
        </message>
    </context>
</TS>
