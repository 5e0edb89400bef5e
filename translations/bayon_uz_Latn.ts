<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_Latn" sourcelanguage="en">
    <context>
        <name>AddRemoveAgendaItemCommand</name>
        <message>
            <source>Remove agenda item</source>
            <translation>Kun tartibi masalasini oʻchirish</translation>
        </message>
        <message>
            <source>Add agenda item</source>
            <translation>Kun tartibiga masala qoʻshish</translation>
        </message>
    </context>
    <context>
        <name>AddRemoveAttendeeCommand</name>
        <message>
            <source>Remove attendee</source>
            <translation>Qatnashchini oʻchirish</translation>
        </message>
        <message>
            <source>Add attendee</source>
            <translation>Qatnashchi qoʻshish</translation>
        </message>
    </context>
    <context>
        <name>AddRemoveKpiRowsCommand</name>
        <message>
            <source>Remove KPI rows</source>
            <translation>Koʻrsatkich qatorlarini oʻchirish</translation>
        </message>
        <message>
            <source>Add KPI rows</source>
            <translation>Koʻrsatkich qatorlarini qoʻshish</translation>
        </message>
    </context>
    <context>
        <name>AddRemoveKpiTableCommand</name>
        <message>
            <source>Remove KPI table</source>
            <translation>Koʻrsatkichlar jadvalini oʻchirish</translation>
        </message>
        <message>
            <source>Add KPI table</source>
            <translation>Koʻrsatkichlar jadvalini qoʻshish</translation>
        </message>
    </context>
    <context>
        <name>AddRemoveReportCommand</name>
        <message>
            <source>Remove report</source>
            <translation>Maʼruzani oʻchirish</translation>
        </message>
        <message>
            <source>Add report</source>
            <translation>Maʼruza qoʻshish</translation>
        </message>
    </context>
    <context>
        <name>AddRemoveResolutionCommand</name>
        <message>
            <source>Remove resolution</source>
            <translation>Qarorni oʻchirish</translation>
        </message>
        <message>
            <source>Add resolution</source>
            <translation>Qaror qoʻshish</translation>
        </message>
    </context>
    <context>
        <name>AgendaPage</name>
        <message>
            <source>A&amp;genda:</source>
            <translation>Kun &amp;tartibi:</translation>
        </message>
        <message>
            <source>Agenda items</source>
            <translation>Kun tartibi masalalari</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Yuqoriga</translation>
        </message>
        <message>
            <source>Move the item up (Alt+Up)</source>
            <translation>Masalani yuqoriga surish (Alt+Up)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Pastga</translation>
        </message>
        <message>
            <source>Move the item down (Alt+Down)</source>
            <translation>Masalani pastga surish (Alt+Down)</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>&amp;Nomi:</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Maʼruzalar</translation>
        </message>
        <message>
            <source>Add report</source>
            <translation>Maʼruza qoʻshish</translation>
        </message>
        <message>
            <source>Remove report</source>
            <translation>Maʼruzani oʻchirish</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>Muhokama</translation>
        </message>
        <message>
            <source>Pa&amp;rticipants:</source>
            <translation>&amp;Ishtirokchilar:</translation>
        </message>
        <message>
            <source>Printed names, separated by commas</source>
            <translation>Bosma shakldagi ismlar, vergul bilan</translation>
        </message>
        <message>
            <source>Su&amp;mmary:</source>
            <translation>&amp;Mazmuni:</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Qoʻshish</translation>
        </message>
        <message>
            <source>Add an agenda item after the selected one (Insert)</source>
            <translation>Tanlangan masaladan keyin yangi masala qoʻshish (Insert)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Oʻchirish</translation>
        </message>
        <message>
            <source>Remove the selected agenda item (Ctrl+Delete)</source>
            <translation>Tanlangan masalani oʻchirish (Ctrl+Delete)</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>Maʼ&amp;ruza:</translation>
        </message>
    </context>
    <context>
        <name>Bayon::AgendaModel</name>
        <message>
            <source>(untitled)</source>
            <translation>(nomsiz)</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Kun tartibi masalasi</translation>
        </message>
    </context>
    <context>
        <name>Bayon::AttendanceModel</name>
        <message>
            <source>Full name</source>
            <translation>F.I.Sh.</translation>
        </message>
        <message>
            <source>As printed</source>
            <translation>Bosma shakli</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Lavozimi</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Tashkilot</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Maqomi</translation>
        </message>
        <message>
            <source>Presence</source>
            <translation>Ishtiroki</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Izoh</translation>
        </message>
    </context>
    <context>
        <name>Bayon::FindDialog</name>
        <message>
            <source>Nothing found.</source>
            <translation>Hech narsa topilmadi.</translation>
        </message>
        <message>
            <source>Places found: %1</source>
            <translation>Topilgan joylar: %1</translation>
        </message>
    </context>
    <context>
        <name>Bayon::KpiTableModel</name>
        <message>
            <source>“%1” is not a number. Write it the Uzbek way: 1 152 or 11,2.</source>
            <translation>“%1” son emas. Oʻzbekcha yozing: 1 152 yoki 11,2.</translation>
        </message>
        <message>
            <source>“%1” is not a change. Write a factor (1,4 barobar) or a percentage (+25 %).</source>
            <translation>“%1” oʻzgarish emas. Marta (1,4 barobar) yoki foiz (+25 %) koʻrinishida yozing.</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Koʻrsatkich</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Qiymat</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Birligi</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Davr</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Oʻzgarish</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Izoh</translation>
        </message>
        <message>
            <source>Paste KPI rows</source>
            <translation>Koʻrsatkich qatorlarini qoʻyish</translation>
        </message>
    </context>
    <context>
        <name>Bayon::MainWindow</name>
        <message>
            <source>Pages: %1</source>
            <translation>Sahifalar: %1</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Bekor qilish</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Qaytarish</translation>
        </message>
        <message>
            <source>Import a meeting</source>
            <translation>Yigʻilishni import qilish</translation>
        </message>
        <message>
            <source>Bayon meetings (*.json)</source>
            <translation>Bayon yigʻilishlari (*.json)</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>PDF ga eksport</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF was not written</source>
            <translation>PDF yozilmadi</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Yozildi: %1</translation>
        </message>
        <message>
            <source>The database cannot be opened</source>
            <translation>Maʼlumotlar bazasini ochib boʻlmaydi</translation>
        </message>
        <message>
            <source>Bayon cannot open the database
%1

%2</source>
            <translation>Bayon maʼlumotlar bazasini ocha olmaydi:
%1

%2</translation>
        </message>
        <message>
            <source>Choose another…</source>
            <translation>Boshqasini tanlash…</translation>
        </message>
        <message>
            <source>Create a new one…</source>
            <translation>Yangisini yaratish…</translation>
        </message>
        <message>
            <source>Bayon databases (*.sqlite *.bayon *.db);;All files (*)</source>
            <translation>Bayon maʼlumotlar bazalari (*.sqlite *.bayon *.db);;Barcha fayllar (*)</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Yangi maʼlumotlar bazasi</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Maʼlumotlar bazasini ochish</translation>
        </message>
        <message>
            <source>The file exists</source>
            <translation>Bunday fayl bor</translation>
        </message>
        <message>
            <source>Choose a name for the new database that is not taken yet.</source>
            <translation>Yangi maʼlumotlar bazasi uchun band boʻlmagan nom tanlang.</translation>
        </message>
        <message>
            <source>The meetings cannot be listed</source>
            <translation>Yigʻilishlar roʻyxatini olib boʻlmaydi</translation>
        </message>
        <message>
            <source>The meeting cannot be opened</source>
            <translation>Yigʻilishni ochib boʻlmaydi</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Saqlanmadi: %1</translation>
        </message>
        <message>
            <source>This meeting was changed elsewhere after you opened it.</source>
            <translation>Bu yigʻilish siz ochganingizdan keyin boshqa joyda oʻzgartirildi.</translation>
        </message>
        <message>
            <source>Not saved: the meeting was changed elsewhere. You will be asked again.</source>
            <translation>Saqlanmadi: yigʻilish boshqa joyda oʻzgartirilgan. Sizdan yana soʻraladi.</translation>
        </message>
        <message>
            <source>The meeting was not saved</source>
            <translation>Yigʻilish saqlanmadi</translation>
        </message>
        <message>
            <source>The meeting was not created</source>
            <translation>Yigʻilish yaratilmadi</translation>
        </message>
        <message>
            <source>The meeting was not duplicated</source>
            <translation>Yigʻilish nusxasi olinmadi</translation>
        </message>
        <message>
            <source>This is the copy; the original stays as it was.</source>
            <translation>Bu nusxa; asl yigʻilish oʻzgarishsiz qoldi.</translation>
        </message>
        <message>
            <source>Delete the meeting</source>
            <translation>Yigʻilishni oʻchirish</translation>
        </message>
        <message>
            <source>Delete meeting № %1 of %2, “%3”, with its whole protocol? This cannot be undone.</source>
            <translation>%2 dagi № %1 yigʻilish, “%3”, butun bayoni bilan oʻchirilsinmi? Buni qaytarib boʻlmaydi.</translation>
        </message>
        <message>
            <source>The meeting was not deleted</source>
            <translation>Yigʻilish oʻchirilmadi</translation>
        </message>
        <message>
            <source>The meeting was not imported</source>
            <translation>Yigʻilish import qilinmadi</translation>
        </message>
        <message>
            <source>No meeting is open.</source>
            <translation>Hech qaysi yigʻilish ochiq emas.</translation>
        </message>
        <message>
            <source>The protocol cannot be printed</source>
            <translation>Bayonni chop etib boʻlmaydi</translation>
        </message>
        <message>
            <source>The protocol was not printed</source>
            <translation>Yigʻilish bayoni chop etilmadi</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Chop etishdan oldin koʻrish</translation>
        </message>
        <message>
            <source>About Bayon</source>
            <translation>Bayon haqida</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Bayon %1&lt;/h3&gt;&lt;p&gt;Minutes of council meetings in Uzbek: drafted, stored, searched and printed, offline.&lt;/p&gt;&lt;p&gt;Built with Qt %2, ICU and SQLite.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Bayon %1&lt;/h3&gt;&lt;p&gt;Kengash yigʻilishlarining oʻzbek tilidagi bayonlari: internetsiz tuziladi, saqlanadi, qidiriladi va chop etiladi.&lt;/p&gt;&lt;p&gt;Qt %2, ICU va SQLite asosida qurilgan.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>not saved: changed elsewhere</source>
            <translation>saqlanmadi: boshqa joyda oʻzgartirilgan</translation>
        </message>
        <message>
            <source>saved</source>
            <translation>saqlandi</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>hali saqlanmadi</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Yangi yigʻilish</translation>
        </message>
        <message>
            <source>The meeting is not saved</source>
            <translation>Yigʻilish saqlanmagan</translation>
        </message>
        <message>
            <source>The last changes could not be saved%1.

Close anyway and lose them?</source>
            <translation>Oxirgi oʻzgarishlarni saqlab boʻlmadi%1.

Baribir yopib, ulardan voz kechilsinmi?</translation>
        </message>
        <message>
            <source>The status cannot change so</source>
            <translation>Holatni bunday oʻzgartirib boʻlmaydi</translation>
        </message>
        <message>
            <source>Lock the protocol</source>
            <translation>Bayonni qulflash</translation>
        </message>
        <message>
            <source>A %1 meeting is read-only: its protocol cannot be changed until it is reopened.

Set the status to %1?</source>
            <translation>Holati «%1» boʻlgan yigʻilishni faqat oʻqish mumkin: qayta ochilmaguncha bayonini oʻzgartirib boʻlmaydi.

Holat «%1» qilinsinmi?</translation>
        </message>
        <message>
            <source>The status was not changed</source>
            <translation>Holat oʻzgartirilmadi</translation>
        </message>
        <message>
            <source>This meeting is %1. Reopening it turns it back into a draft that can be changed, and the protocol will have to be finalised and signed again.</source>
            <translation>Bu yigʻilish holati: %1. Qayta ochilsa, u oʻzgartirish mumkin boʻlgan loyihaga qaytadi, bayonni esa yana yakunlab, qayta imzolash kerak boʻladi.</translation>
        </message>
        <message>
            <source>The meeting was not reopened</source>
            <translation>Yigʻilish qayta ochilmadi</translation>
        </message>
        <message>
            <source>Reopened: the meeting is a draft again.</source>
            <translation>Qayta ochildi: yigʻilish yana loyiha.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::MeetingEditor</name>
        <message>
            <source>This meeting is %1: its protocol is read-only. Reopen it to correct it; it becomes a draft again.</source>
            <translation>Bu yigʻilish holati: %1. Bayonini faqat oʻqish mumkin. Tuzatish uchun uni qayta oching: u yana loyihaga aylanadi.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::MeetingListModel</name>
        <message>
            <source>Without a date</source>
            <translation>Sanasiz</translation>
        </message>
        <message>
            <source>(untitled meeting)</source>
            <translation>(nomsiz yigʻilish)</translation>
        </message>
        <message>
            <source>Meeting %1 of %2: %3, %4</source>
            <translation>%2 dagi %1-yigʻilish: %3, %4</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Yigʻilish</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Sana</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Holati</translation>
        </message>
    </context>
    <context>
        <name>Bayon::MeetingPage</name>
        <message>
            <source>(nobody)</source>
            <translation>(hech kim)</translation>
        </message>
        <message>
            <source>The person was added to the meeting but not to the directory: %1</source>
            <translation>Shaxs yigʻilishga qoʻshildi, lekin maʼlumotnomaga qoʻshilmadi: %1</translation>
        </message>
    </context>
    <context>
        <name>Bayon::MeetingSession</name>
        <message>
            <source>The meeting was changed elsewhere; choose what to do first.</source>
            <translation>Yigʻilish boshqa joyda oʻzgartirilgan; avval nima qilishni tanlang.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::PreferencesDialog</name>
        <message>
            <source>A new interface language is applied at once.</source>
            <translation>Yangi interfeys tili darhol qoʻllanadi.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::PreviewWidget</name>
        <message>
            <source>Preview of the printed protocol</source>
            <translation>Chop etiladigan bayonning koʻrinishi</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ReopenDialog</name>
        <message>
            <source>Reopen</source>
            <translation>Qayta ochish</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ReportEditor</name>
        <message>
            <source>Printed as: %1</source>
            <translation>Bosmada: %1</translation>
        </message>
        <message>
            <source>(no caption)</source>
            <translation>(sarlavhasiz)</translation>
        </message>
        <message>
            <source>Cells that could not be read: %1. They are marked red; point at one to see why.</source>
            <translation>Oʻqib boʻlmagan kataklar: %1. Ular qizil bilan belgilangan; sababini koʻrish uchun sichqonchani ustiga olib boring.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ReportListModel</name>
        <message>
            <source>(no speaker)</source>
            <translation>(maʼruzachisiz)</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Maʼruzalar</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ResolutionModel</name>
        <message>
            <source>(no text)</source>
            <translation>(matnsiz)</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Qaror</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Turi</translation>
        </message>
        <message>
            <source>Addressee</source>
            <translation>Kimga</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Masʼul</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Muddat</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Ijro holati</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ResolutionsPage</name>
        <message>
            <source>(the meeting as a whole)</source>
            <translation>(butun yigʻilish boʻyicha)</translation>
        </message>
        <message>
            <source>Resolution %1</source>
            <translation>%1-qaror</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Qaror</translation>
        </message>
        <message>
            <source>An instruction or a recommendation needs someone responsible.</source>
            <translation>Topshiriq yoki tavsiya uchun masʼul shaxs kerak.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::SearchResultModel</name>
        <message>
            <source>Agenda item %1</source>
            <translation>Kun tartibining %1-masalasi</translation>
        </message>
        <message>
            <source>Report %1.%2</source>
            <translation>%1.%2-maʼruza</translation>
        </message>
        <message>
            <source>KPI row %1.%2.%3</source>
            <translation>%1.%2.%3-koʻrsatkich</translation>
        </message>
        <message>
            <source>Resolution %1</source>
            <translation>%1-qaror</translation>
        </message>
        <message>
            <source>Attendance %1</source>
            <translation>%1-qatnashchi</translation>
        </message>
        <message>
            <source>Header</source>
            <translation>Sarlavha qismi</translation>
        </message>
        <message>
            <source>№ %1 of %2</source>
            <translation>%2 dagi № %1</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Yigʻilish</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Qism</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Topilgan matn</translation>
        </message>
    </context>
    <context>
        <name>ChangeAgendaItemTitleCommand</name>
        <message>
            <source>Change agenda item title</source>
            <translation>Masala nomini oʻzgartirish</translation>
        </message>
    </context>
    <context>
        <name>ChangeAttendeeCommand</name>
        <message>
            <source>Change attendee</source>
            <translation>Qatnashchini oʻzgartirish</translation>
        </message>
    </context>
    <context>
        <name>ChangeDiscussionCommand</name>
        <message>
            <source>Change discussion participants</source>
            <translation>Muhokama ishtirokchilarini oʻzgartirish</translation>
        </message>
        <message>
            <source>Change discussion summary</source>
            <translation>Muhokama mazmunini oʻzgartirish</translation>
        </message>
    </context>
    <context>
        <name>ChangeHeaderCommand</name>
        <message>
            <source>Change council</source>
            <translation>Kengashni oʻzgartirish</translation>
        </message>
        <message>
            <source>Change number</source>
            <translation>Raqamni oʻzgartirish</translation>
        </message>
        <message>
            <source>Change date</source>
            <translation>Sanani oʻzgartirish</translation>
        </message>
        <message>
            <source>Change time</source>
            <translation>Vaqtni oʻzgartirish</translation>
        </message>
        <message>
            <source>Change place</source>
            <translation>Joyni oʻzgartirish</translation>
        </message>
        <message>
            <source>Change form</source>
            <translation>Shaklni oʻzgartirish</translation>
        </message>
        <message>
            <source>Change chair</source>
            <translation>Raisni oʻzgartirish</translation>
        </message>
        <message>
            <source>Change secretary</source>
            <translation>Kotibni oʻzgartirish</translation>
        </message>
    </context>
    <context>
        <name>ChangeKpiRowsCommand</name>
        <message>
            <source>Edit KPI table</source>
            <translation>Koʻrsatkichlar jadvalini tahrirlash</translation>
        </message>
    </context>
    <context>
        <name>ChangeKpiTableCaptionCommand</name>
        <message>
            <source>Change table caption</source>
            <translation>Jadval sarlavhasini oʻzgartirish</translation>
        </message>
    </context>
    <context>
        <name>ChangeReportCommand</name>
        <message>
            <source>Change speaker</source>
            <translation>Maʼruzachini oʻzgartirish</translation>
        </message>
        <message>
            <source>Change lead sentence</source>
            <translation>Kirish jumlasini oʻzgartirish</translation>
        </message>
        <message>
            <source>Change report text</source>
            <translation>Maʼruza matnini oʻzgartirish</translation>
        </message>
    </context>
    <context>
        <name>ChangeResolutionCommand</name>
        <message>
            <source>Change resolution text</source>
            <translation>Qaror matnini oʻzgartirish</translation>
        </message>
        <message>
            <source>Change sub-points</source>
            <translation>Kichik bandlarni oʻzgartirish</translation>
        </message>
        <message>
            <source>Change resolution kind</source>
            <translation>Qaror turini oʻzgartirish</translation>
        </message>
        <message>
            <source>Change addressee</source>
            <translation>Kimgaligini oʻzgartirish</translation>
        </message>
        <message>
            <source>Change responsible persons</source>
            <translation>Masʼullarni oʻzgartirish</translation>
        </message>
        <message>
            <source>Change deadline</source>
            <translation>Muddatni oʻzgartirish</translation>
        </message>
        <message>
            <source>Change follow-up status</source>
            <translation>Ijro holatini oʻzgartirish</translation>
        </message>
        <message>
            <source>Change status note</source>
            <translation>Holat izohini oʻzgartirish</translation>
        </message>
        <message>
            <source>Change agenda item of resolution</source>
            <translation>Qarorning masalasini oʻzgartirish</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>The meeting was changed elsewhere</source>
            <translation>Yigʻilish boshqa joyda oʻzgartirilgan</translation>
        </message>
        <message>
            <source>Nothing has been overwritten. Choose which version to keep:</source>
            <translation>Hech narsa ustidan yozilmadi. Qaysi nusxa qolishini tanlang:</translation>
        </message>
        <message>
            <source>&amp;Reload theirs</source>
            <translation>&amp;Ularnikini yuklash</translation>
        </message>
        <message>
            <source>Show the meeting as it was saved elsewhere. Your changes since your last save are dropped.</source>
            <translation>Yigʻilishni boshqa joyda saqlangan holida koʻrsatish. Oxirgi saqlashdan keyingi oʻzgarishlaringiz bekor boʻladi.</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Menikini qoldirish</translation>
        </message>
        <message>
            <source>Save your version over the other one. Their changes are replaced by yours.</source>
            <translation>Sizning nusxangizni boshqasining ustidan saqlash. Ularning oʻzgarishlari siznikiga almashtiriladi.</translation>
        </message>
        <message>
            <source>Save mine as a &amp;copy</source>
            <translation>Menikini &amp;nusxa sifatida saqlash</translation>
        </message>
        <message>
            <source>Keep both: theirs stays as it is, yours is saved as a new meeting.</source>
            <translation>Ikkalasini ham qoldirish: ularniki oʻzicha qoladi, sizniki yangi yigʻilish sifatida saqlanadi.</translation>
        </message>
    </context>
    <context>
        <name>EnumNames</name>
        <message>
            <source>In person</source>
            <translation>Yuzma-yuz</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Onlayn</translation>
        </message>
        <message>
            <source>Written poll</source>
            <translation>Soʻrovnoma yoʻli bilan</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Loyiha</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>Koʻrib chiqishda</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Yakuniy</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Imzolangan</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Aʼzo</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Taklif etilgan</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Xodim</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Qatnashdi</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Qatnashmadi</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Uzrli sabab bilan</translation>
        </message>
        <message>
            <source>Take note</source>
            <translation>Maʼlumot uchun qabul qilish</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Maʼqullash</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Qoʻllab-quvvatlash</translation>
        </message>
        <message>
            <source>Recommend</source>
            <translation>Tavsiya etish</translation>
        </message>
        <message>
            <source>Instruct</source>
            <translation>Topshiriq berish</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ochiq</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Bajarilmoqda</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Bajarildi</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Bekor qilindi</translation>
        </message>
        <message>
            <source>No deadline</source>
            <translation>Muddatsiz</translation>
        </message>
        <message>
            <source>By a date</source>
            <translation>Sanagacha</translation>
        </message>
        <message>
            <source>By the next meeting</source>
            <translation>Keyingi yigʻilishgacha</translation>
        </message>
    </context>
    <context>
        <name>FindDialog</name>
        <message>
            <source>Find in all meetings</source>
            <translation>Barcha yigʻilishlardan qidirish</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Qidirish:</translation>
        </message>
        <message>
            <source>Words from any meeting: oʻsish, IT-Park, Abdullayev…</source>
            <translation>Istalgan yigʻilishdagi soʻzlar: oʻsish, IT-Park, Abdullayev…</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Izlash</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Qidiruv natijalari</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ochish</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Yopish</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Filte&amp;r:</source>
            <translation>&amp;Saralash:</translation>
        </message>
        <message>
            <source>Number, date or words of the title</source>
            <translation>Raqam, sana yoki nomidagi soʻzlar</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Yigʻilishlar</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fayl</translation>
        </message>
        <message>
            <source>&amp;Recent databases</source>
            <translation>&amp;Soʻnggi bazalar</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Tahrir</translation>
        </message>
        <message>
            <source>&amp;Meeting</source>
            <translation>&amp;Yigʻilish</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Koʻrinish</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Yordam</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Asboblar paneli</translation>
        </message>
        <message>
            <source>&amp;New meeting</source>
            <translation>&amp;Yangi yigʻilish</translation>
        </message>
        <message>
            <source>A new draft with the council, chair, secretary and members of the latest meeting</source>
            <translation>Oxirgi yigʻilishning kengashi, raisi, kotibi va aʼzolari bilan yangi loyiha</translation>
        </message>
        <message>
            <source>&amp;Duplicate meeting</source>
            <translation>Yigʻilishdan &amp;nusxa olish</translation>
        </message>
        <message>
            <source>A copy of this meeting as a new draft</source>
            <translation>Shu yigʻilishning nusxasi yangi loyiha sifatida</translation>
        </message>
        <message>
            <source>De&amp;lete meeting…</source>
            <translation>Yigʻilishni oʻ&amp;chirish…</translation>
        </message>
        <message>
            <source>Delete this meeting from the database</source>
            <translation>Shu yigʻilishni bazadan oʻchirish</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>Maʼlumotlar bazasini &amp;ochish…</translation>
        </message>
        <message>
            <source>New data&amp;base…</source>
            <translation>Yangi maʼlumotlar &amp;bazasi…</translation>
        </message>
        <message>
            <source>&amp;Import meeting…</source>
            <translation>Yigʻilishni &amp;import qilish…</translation>
        </message>
        <message>
            <source>Add a meeting from an interchange JSON file</source>
            <translation>Almashinuv JSON faylidan yigʻilish qoʻshish</translation>
        </message>
        <message>
            <source>&amp;Export PDF…</source>
            <translation>PDF ga &amp;eksport…</translation>
        </message>
        <message>
            <source>Print pre&amp;view…</source>
            <translation>Chop etishdan oldin &amp;koʻrish…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Chop etish…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Chiqish</translation>
        </message>
        <message>
            <source>&amp;Find in all meetings…</source>
            <translation>Barcha yigʻilishlardan &amp;qidirish…</translation>
        </message>
        <message>
            <source>Filter the &amp;list</source>
            <translation>Roʻyxatni &amp;saralash</translation>
        </message>
        <message>
            <source>Type to filter the meetings on the left</source>
            <translation>Chapdagi yigʻilishlarni saralash uchun yozing</translation>
        </message>
        <message>
            <source>Pr&amp;eferences…</source>
            <translation>&amp;Sozlamalar…</translation>
        </message>
        <message>
            <source>&amp;Reopen for editing…</source>
            <translation>Tahrirlash uchun &amp;qayta ochish…</translation>
        </message>
        <message>
            <source>Turn a final or signed meeting back into a draft</source>
            <translation>Yakuniy yoki imzolangan yigʻilishni yana loyihaga aylantirish</translation>
        </message>
        <message>
            <source>Show &amp;preview</source>
            <translation>&amp;Koʻrinishni koʻrsatish</translation>
        </message>
        <message>
            <source>Show meetings &amp;list</source>
            <translation>Yigʻilishlar &amp;roʻyxatini koʻrsatish</translation>
        </message>
        <message>
            <source>&amp;About Bayon</source>
            <translation>Bayon &amp;haqida</translation>
        </message>
    </context>
    <context>
        <name>MeetingEditor</name>
        <message>
            <source>Reopen for editing…</source>
            <translation>Tahrirlash uchun qayta ochish…</translation>
        </message>
        <message>
            <source>Choose a meeting on the left, or create one with Ctrl+N.</source>
            <translation>Chapdan yigʻilishni tanlang yoki Ctrl+N bilan yangisini yarating.</translation>
        </message>
        <message>
            <source>&amp;1 Meeting and attendance</source>
            <translation>&amp;1 Yigʻilish va qatnashchilar</translation>
        </message>
        <message>
            <source>&amp;2 Agenda and reports</source>
            <translation>&amp;2 Kun tartibi va maʼruzalar</translation>
        </message>
        <message>
            <source>&amp;3 Resolutions</source>
            <translation>&amp;3 Qarorlar</translation>
        </message>
    </context>
    <context>
        <name>MeetingPage</name>
        <message>
            <source>Meeting</source>
            <translation>Yigʻilish</translation>
        </message>
        <message>
            <source>&amp;Council:</source>
            <translation>&amp;Kengash:</translation>
        </message>
        <message>
            <source>The council's full name</source>
            <translation>Kengashning toʻliq nomi</translation>
        </message>
        <message>
            <source>N&amp;umber:</source>
            <translation>&amp;Raqami:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Sanasi:</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Vaqti:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Joyi:</translation>
        </message>
        <message>
            <source>&amp;Form:</source>
            <translation>&amp;Shakli:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Holati:</translation>
        </message>
        <message>
            <source>C&amp;hair:</source>
            <translation>R&amp;ais:</translation>
        </message>
        <message>
            <source>Secre&amp;tary:</source>
            <translation>K&amp;otib:</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Qatnashchilar</translation>
        </message>
        <message>
            <source>Add &amp;person:</source>
            <translation>Shaxs &amp;qoʻshish:</translation>
        </message>
        <message>
            <source>Type a name: the directory completes it, a new name is added to it</source>
            <translation>Ismni yozing: maʼlumotnoma uni toʻldiradi, yangi ism unga qoʻshiladi</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>Q&amp;oʻshish</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Oʻ&amp;chirish</translation>
        </message>
    </context>
    <context>
        <name>MeetingValidator</name>
        <message>
            <source>The meeting needs the name of the council.</source>
            <translation>Yigʻilish uchun kengash nomi kerak.</translation>
        </message>
        <message>
            <source>The meeting needs a date.</source>
            <translation>Yigʻilish uchun sana kerak.</translation>
        </message>
        <message>
            <source>The protocol number cannot be negative.</source>
            <translation>Yigʻilish bayoni raqami manfiy boʻlishi mumkin emas.</translation>
        </message>
        <message>
            <source>Every attendee needs a name.</source>
            <translation>Har bir qatnashchining ismi boʻlishi kerak.</translation>
        </message>
        <message>
            <source>Every agenda item needs a title.</source>
            <translation>Kun tartibining har bir masalasi nomlangan boʻlishi kerak.</translation>
        </message>
        <message>
            <source>A report needs its speaker.</source>
            <translation>Maʼruzaning maʼruzachisi koʻrsatilishi kerak.</translation>
        </message>
        <message>
            <source>A KPI row needs the name of its indicator.</source>
            <translation>Koʻrsatkich qatorida koʻrsatkich nomi boʻlishi kerak.</translation>
        </message>
        <message>
            <source>A KPI row needs a value or a change, written as a number.</source>
            <translation>Koʻrsatkich qatorida son bilan yozilgan qiymat yoki oʻzgarish boʻlishi kerak.</translation>
        </message>
        <message>
            <source>A growth factor must be greater than zero.</source>
            <translation>Oʻsish koeffitsiyenti noldan katta boʻlishi kerak.</translation>
        </message>
        <message>
            <source>A resolution needs its text.</source>
            <translation>Qarorning matni boʻlishi kerak.</translation>
        </message>
        <message>
            <source>The deadline must be a real date.</source>
            <translation>Muddat haqiqiy sana boʻlishi kerak.</translation>
        </message>
        <message>
            <source>The resolution refers to an agenda item that is no longer on the agenda.</source>
            <translation>Qaror kun tartibida endi yoʻq masalaga tegishli.</translation>
        </message>
    </context>
    <context>
        <name>MoveAgendaItemCommand</name>
        <message>
            <source>Move agenda item</source>
            <translation>Masalani surish</translation>
        </message>
    </context>
    <context>
        <name>MoveResolutionCommand</name>
        <message>
            <source>Move resolution</source>
            <translation>Qarorni surish</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Sozlamalar</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>Interfeys &amp;tili:</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>&amp;Ismingiz:</translation>
        </message>
        <message>
            <source>Written beside the changes you make to a meeting's status</source>
            <translation>Yigʻilish holatiga kiritgan oʻzgarishlaringiz yoniga yoziladi</translation>
        </message>
        <message>
            <source>&amp;Replace apostrophes while typing (o' → oʻ, g' → gʻ, ta'lim → taʼlim)</source>
            <translation>Yozish paytida &amp;apostroflarni almashtirish (o' → oʻ, g' → gʻ, ta'lim → taʼlim)</translation>
        </message>
    </context>
    <context>
        <name>ReopenDialog</name>
        <message>
            <source>Reopen the meeting</source>
            <translation>Yigʻilishni qayta ochish</translation>
        </message>
        <message>
            <source>&amp;Reason (kept in the meeting's history):</source>
            <translation>&amp;Sababi (yigʻilish tarixida saqlanadi):</translation>
        </message>
        <message>
            <source>What must be corrected, and at whose request</source>
            <translation>Nima tuzatilishi kerak va kimning soʻroviga koʻra</translation>
        </message>
    </context>
    <context>
        <name>ReportEditor</name>
        <message>
            <source>&amp;Speaker:</source>
            <translation>&amp;Maʼruzachi:</translation>
        </message>
        <message>
            <source>O.Pekso, or the full name</source>
            <translation>O.Pekso yoki toʻliq ism</translation>
        </message>
        <message>
            <source>&amp;Lead sentence:</source>
            <translation>&amp;Kirish jumlasi:</translation>
        </message>
        <message>
            <source>&amp;Body:</source>
            <translation>&amp;Matn:</translation>
        </message>
        <message>
            <source>Paragraph</source>
            <translation>Xatboshi</translation>
        </message>
        <message>
            <source>Make the current block a paragraph (Ctrl+0)</source>
            <translation>Joriy qismni xatboshi qilish (Ctrl+0)</translation>
        </message>
        <message>
            <source>Heading</source>
            <translation>Sarlavha</translation>
        </message>
        <message>
            <source>Make the current block a section heading (Ctrl+2)</source>
            <translation>Joriy qismni boʻlim sarlavhasi qilish (Ctrl+2)</translation>
        </message>
        <message>
            <source>Bullet list</source>
            <translation>Roʻyxat</translation>
        </message>
        <message>
            <source>Make the current block a bullet (Ctrl+Shift+8)</source>
            <translation>Joriy qismni roʻyxat bandi qilish (Ctrl+Shift+8)</translation>
        </message>
        <message>
            <source>Report body</source>
            <translation>Maʼruza matni</translation>
        </message>
        <message>
            <source>KPI tables</source>
            <translation>Koʻrsatkichlar jadvallari</translation>
        </message>
        <message>
            <source>T&amp;able:</source>
            <translation>&amp;Jadval:</translation>
        </message>
        <message>
            <source>New table</source>
            <translation>Yangi jadval</translation>
        </message>
        <message>
            <source>Remove table</source>
            <translation>Jadvalni oʻchirish</translation>
        </message>
        <message>
            <source>Ca&amp;ption:</source>
            <translation>&amp;Sarlavha:</translation>
        </message>
        <message>
            <source>KPI table</source>
            <translation>Koʻrsatkichlar jadvali</translation>
        </message>
        <message>
            <source>Add row</source>
            <translation>Qator qoʻshish</translation>
        </message>
        <message>
            <source>Add a row after the current one (Insert)</source>
            <translation>Joriy qatordan keyin qator qoʻshish (Insert)</translation>
        </message>
        <message>
            <source>Remove rows</source>
            <translation>Qatorlarni oʻchirish</translation>
        </message>
        <message>
            <source>Remove the selected rows (Ctrl+Delete)</source>
            <translation>Tanlangan qatorlarni oʻchirish (Ctrl+Delete)</translation>
        </message>
        <message>
            <source>Paste from spreadsheet</source>
            <translation>Elektron jadvaldan qoʻyish</translation>
        </message>
        <message>
            <source>Paste tab-separated rows at the current cell (Ctrl+V)</source>
            <translation>Tabulyatsiya bilan ajratilgan qatorlarni joriy katakka qoʻyish (Ctrl+V)</translation>
        </message>
    </context>
    <context>
        <name>ResolutionsPage</name>
        <message>
            <source>Reso&amp;lutions:</source>
            <translation>&amp;Qarorlar:</translation>
        </message>
        <message>
            <source>Resolutions</source>
            <translation>Qarorlar</translation>
        </message>
        <message>
            <source>Add resolution</source>
            <translation>Qaror qoʻshish</translation>
        </message>
        <message>
            <source>Remove resolution</source>
            <translation>Qarorni oʻchirish</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Yuqoriga</translation>
        </message>
        <message>
            <source>Move the resolution up (Alt+Up)</source>
            <translation>Qarorni yuqoriga surish (Alt+Up)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Pastga</translation>
        </message>
        <message>
            <source>Move the resolution down (Alt+Down)</source>
            <translation>Qarorni pastga surish (Alt+Down)</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Qaror</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>&amp;Matni:</translation>
        </message>
        <message>
            <source>Su&amp;b-points:</source>
            <translation>&amp;Kichik bandlar:</translation>
        </message>
        <message>
            <source>One sub-point a line</source>
            <translation>Har bir qatorda bitta kichik band</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Turi:</translation>
        </message>
        <message>
            <source>Agenda &amp;item:</source>
            <translation>&amp;Masala:</translation>
        </message>
        <message>
            <source>A&amp;ddressee:</source>
            <translation>K&amp;imga:</translation>
        </message>
        <message>
            <source>&amp;Responsible:</source>
            <translation>Ma&amp;sʼul:</translation>
        </message>
        <message>
            <source>Printed names, separated by commas</source>
            <translation>Bosma shakldagi ismlar, vergul bilan</translation>
        </message>
        <message>
            <source>Dead&amp;line:</source>
            <translation>Mu&amp;ddat:</translation>
        </message>
        <message>
            <source>Deadline date</source>
            <translation>Muddat sanasi</translation>
        </message>
        <message>
            <source>&amp;Follow-up:</source>
            <translation>&amp;Ijro holati:</translation>
        </message>
        <message>
            <source>Status &amp;note:</source>
            <translation>Holat &amp;izohi:</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Minutes of council meetings in Uzbek.</source>
            <translation>Kengash yigʻilishlarining oʻzbek tilidagi bayonlari.</translation>
        </message>
        <message>
            <source>The database to open (created when missing).</source>
            <translation>Ochiladigan maʼlumotlar bazasi (yoʻq boʻlsa, yaratiladi).</translation>
        </message>
        <message>
            <source>Save a picture of the window and quit.</source>
            <translation>Oyna rasmini saqlab, chiqish.</translation>
        </message>
        <message>
            <source>Open the meeting at this part ("agenda 1").</source>
            <translation>Yigʻilishni shu qismida ochish ("agenda 1").</translation>
        </message>
        <message>
            <source>A database to open, or a meeting (.json) to import.</source>
            <translation>Ochiladigan maʼlumotlar bazasi yoki import qilinadigan yigʻilish (.json).</translation>
        </message>
    </context>
</TS>
