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
        <name>AddRemoveAppendixCommand</name>
        <message>
            <source>Remove appendix</source>
            <translation>Ilovani oʻchirish</translation>
        </message>
        <message>
            <source>Add appendix</source>
            <translation>Ilova qoʻshish</translation>
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
        <message>
            <source>Vote</source>
            <translation>Ovoz berish</translation>
        </message>
        <message>
            <source>The vote on the item as a whole, when the members vote on the question rather than on each resolution.</source>
            <translation>Masala boʻyicha umumiy ovoz berish: aʼzolar har bir qaror boʻyicha emas, butun masala boʻyicha ovoz berganda qoʻllanadi.</translation>
        </message>
    </context>
    <context>
        <name>AppendicesPage</name>
        <message>
            <source>&amp;Documents attached to the protocol:</source>
            <translation>Bayonnomaga ilova qilingan &amp;hujjatlar:</translation>
        </message>
        <message>
            <source>Appendices</source>
            <translation>Ilovalar</translation>
        </message>
        <message>
            <source>The k-th "(ilova qilinadi)" in the text refers to the k-th document; each prints after the signatures under the number shown</source>
            <translation>Matndagi k-chi "(ilova qilinadi)" k-chi hujjatga tegishli; har biri imzolardan keyin koʻrsatilgan raqam ostida chop etiladi</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>Q&amp;oʻshish</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Oʻ&amp;chirish</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Yuqoriga</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>&amp;Pastga</translation>
        </message>
        <message>
            <source>Appendices check</source>
            <translation>Ilovalar tekshiruvi</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Nomi:</translation>
        </message>
        <message>
            <source>The document's title, printed under its number</source>
            <translation>Hujjat nomi, raqami ostida chop etiladi</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>&amp;Matni:</translation>
        </message>
        <message>
            <source>Paragraphs; "## " starts a heading, "- " a bullet</source>
            <translation>Xatboshilar; "## " sarlavha boshlaydi, "- " roʻyxat bandini</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsDialog</name>
        <message>
            <source>Files attached to the meeting</source>
            <translation>Yigʻilishga biriktirilgan fayllar</translation>
        </message>
        <message>
            <source>&amp;Files kept with the meeting (the SHA-256 proves the bytes are those attached):</source>
            <translation>Yigʻilish bilan saqlanadigan &amp;fayllar (SHA-256 baytlar aynan biriktirilganlari ekanini tasdiqlaydi):</translation>
        </message>
        <message>
            <source>Attached files</source>
            <translation>Biriktirilgan fayllar</translation>
        </message>
        <message>
            <source>&amp;Attach file…</source>
            <translation>Fayl &amp;biriktirish…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ochish</translation>
        </message>
        <message>
            <source>Open a copy of the file with the system's viewer</source>
            <translation>Fayl nusxasini tizimdagi koʻruvchi dasturda ochish</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>Oʻ&amp;chirish…</translation>
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
        <name>Bayon::AppendicesPage</name>
        <message>
            <source>%1-ilova — %2</source>
            <translation>%1-ilova — %2</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(nomsiz)</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Ogohlantirish: %1</translation>
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
            <translation>PNG rasm</translation>
        </message>
        <message>
            <source>JPEG image</source>
            <translation>JPEG rasm</translation>
        </message>
        <message numerus="yes">
            <source>%n bytes</source>
            <translation>
                <numerusform>%n bayt</numerusform>
                <numerusform>%n bayt</numerusform>
            </translation>
        </message>
        <message>
            <source>Attached by %1</source>
            <translation>Biriktirgan: %1</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nomi</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Turi</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Hajmi</translation>
        </message>
        <message>
            <source>Attached</source>
            <translation>Biriktirilgan</translation>
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
            <translation>%2 dagi № %1 yigʻilish fayllari</translation>
        </message>
        <message>
            <source>This meeting is %1: files can be attached to it, but not removed until it is reopened.</source>
            <translation>Bu yigʻilish holati: %1. Unga fayl biriktirish mumkin, lekin qayta ochilmaguncha fayllarni oʻchirib boʻlmaydi.</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Fayl biriktirish</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 ni oʻqib boʻlmaydi: %2</translation>
        </message>
        <message>
            <source>No temporary folder: %1</source>
            <translation>Vaqtinchalik jild yoʻq: %1</translation>
        </message>
        <message>
            <source>The file was not attached</source>
            <translation>Fayl biriktirilmadi</translation>
        </message>
        <message>
            <source>The file was not opened</source>
            <translation>Fayl ochilmadi</translation>
        </message>
        <message>
            <source>The stored bytes of %1 no longer have the SHA-256 they were attached with.</source>
            <translation>%1 faylining saqlangan baytlari endi biriktirilgandagi SHA-256 ga mos kelmaydi.</translation>
        </message>
        <message>
            <source>No program to show %1 was found. A copy is in %2.</source>
            <translation>%1 ni koʻrsatadigan dastur topilmadi. Nusxasi: %2.</translation>
        </message>
        <message>
            <source>Remove the file</source>
            <translation>Faylni oʻchirish</translation>
        </message>
        <message>
            <source>Remove %1 from the meeting? Its bytes are deleted from the database; the history keeps a line saying so.</source>
            <translation>%1 yigʻilishdan oʻchirilsinmi? Uning baytlari maʼlumotlar bazasidan oʻchiriladi; tarixda bu haqda yozuv qoladi.</translation>
        </message>
        <message>
            <source>The file was not removed</source>
            <translation>Fayl oʻchirilmadi</translation>
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
        <name>Bayon::AuditLogModel</name>
        <message>
            <source>Status changed</source>
            <translation>Holat oʻzgartirildi</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Qayta ochildi</translation>
        </message>
        <message>
            <source>Revision restored</source>
            <translation>Tahrir tiklandi</translation>
        </message>
        <message>
            <source>File attached</source>
            <translation>Fayl biriktirildi</translation>
        </message>
        <message>
            <source>File removed</source>
            <translation>Fayl oʻchirildi</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Import qilindi</translation>
        </message>
        <message>
            <source>Control hash stored: %1</source>
            <translation>Nazorat xeshi saqlandi: %1</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Vaqt</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Foydalanuvchi</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Amal</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Holati</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Tahrir</translation>
        </message>
        <message>
            <source>Note or reason</source>
            <translation>Izoh yoki sabab</translation>
        </message>
    </context>
    <context>
        <name>Bayon::CouncilMemberModel</name>
        <message>
            <source>A member needs a name.</source>
            <translation>Aʼzoning ismi boʻlishi kerak.</translation>
        </message>
        <message>
            <source>The term of %1 ends before it begins.</source>
            <translation>%1 vakolat muddati boshlanishidan oldin tugaydi.</translation>
        </message>
        <message>
            <source>dd.mm.yyyy; empty: no limit</source>
            <translation>kk.oo.yyyy; boʻsh boʻlsa — cheklovsiz</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>F.I.Sh.</translation>
        </message>
        <message>
            <source>Printed as</source>
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
            <source>From</source>
            <translation>Boshlanishi</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Tugashi</translation>
        </message>
    </context>
    <context>
        <name>Bayon::CouncilSettingsDialog</name>
        <message>
            <source>Council settings</source>
            <translation>Kengash sozlamalari</translation>
        </message>
        <message>
            <source>Store the body; its draft meetings take the template at once, final and signed ones keep theirs</source>
            <translation>Organni saqlash: uning loyiha yigʻilishlari shablonni darhol oladi, yakuniy va imzolanganlari oʻz shablonini saqlab qoladi</translation>
        </message>
        <message>
            <source>New body</source>
            <translation>Yangi organ</translation>
        </message>
        <message>
            <source>The body cannot be shown</source>
            <translation>Organni koʻrsatib boʻlmaydi</translation>
        </message>
        <message>
            <source>The body needs its full name, as the protocol's header prints it.</source>
            <translation>Organning toʻliq nomi bayon sarlavhasida qanday bosilsa, shunday kiritilishi kerak.</translation>
        </message>
        <message>
            <source>The attendee-list threshold must be at least 1. To name every attendee in the text, untick the box instead.</source>
            <translation>Qatnashchilar roʻyxati chegarasi kamida 1 boʻlishi kerak. Barcha qatnashchilarni matnda sanab oʻtish uchun belgini olib tashlang.</translation>
        </message>
        <message>
            <source>A fixed quorum must be at least 1 member.</source>
            <translation>Belgilangan kvorum kamida 1 aʼzo boʻlishi kerak.</translation>
        </message>
        <message numerus="yes">
            <source>The fixed quorum (%1) is more than the %n member(s) serving today: no meeting could ever reach it.</source>
            <translation>
                <numerusform>Belgilangan kvorum (%1) bugun vakolatdagi %n aʼzodan koʻp: hech bir yigʻilish unga yeta olmaydi.</numerusform>
                <numerusform>Belgilangan kvorum (%1) bugun vakolatdagi %n aʼzodan koʻp: hech bir yigʻilish unga yeta olmaydi.</numerusform>
            </translation>
        </message>
        <message>
            <source>The approval block needs the position and name of who approves, or untick it.</source>
            <translation>Tasdiqlash blokida tasdiqlovchining lavozimi va ismi boʻlishi kerak, aks holda belgini olib tashlang.</translation>
        </message>
        <message>
            <source>The body needs its full name.</source>
            <translation>Organning toʻliq nomi boʻlishi kerak.</translation>
        </message>
        <message>
            <source>&amp;Preview: meeting № %1 of %2, open in the editor, with the template as edited</source>
            <translation>&amp;Koʻrinish: muharrirda ochiq %2 dagi № %1 yigʻilish, tahrirlangan shablon bilan</translation>
        </message>
        <message>
            <source>&amp;Preview: the body's next meeting, № %1 of %2. The meeting open in the editor is %3: it keeps the template it was finalised with.</source>
            <translation>&amp;Koʻrinish: organning keyingi yigʻilishi, %2 dagi № %1. Muharrirda ochiq yigʻilish holati: %3, u yakunlangandagi shablonini saqlab qoladi.</translation>
        </message>
        <message>
            <source>&amp;Preview: the body's next meeting, № %1 of %2 (no agenda yet)</source>
            <translation>&amp;Koʻrinish: organning keyingi yigʻilishi, %2 dagi № %1 (kun tartibi hali yoʻq)</translation>
        </message>
        <message>
            <source>No member serves today: add the members above.</source>
            <translation>Bugun vakolatdagi aʼzo yoʻq: aʼzolarni yuqorida qoʻshing.</translation>
        </message>
        <message numerus="yes">
            <source>Of the %n member(s) serving today, %1 present make a quorum.</source>
            <translation>
                <numerusform>Bugun vakolatdagi %n aʼzodan %1 nafari qatnashsa, kvorum boʻladi.</numerusform>
                <numerusform>Bugun vakolatdagi %n aʼzodan %1 nafari qatnashsa, kvorum boʻladi.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 piksel</translation>
        </message>
        <message>
            <source>No emblem</source>
            <translation>Emblema yoʻq</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 ni oʻqib boʻlmaydi: %2</translation>
        </message>
        <message>
            <source>%1 is not an image Bayon can read (%2).</source>
            <translation>%1 — Bayon oʻqiy oladigan rasm emas (%2).</translation>
        </message>
        <message>
            <source>%1 could not be turned into PNG.</source>
            <translation>%1 ni PNG ga aylantirib boʻlmadi.</translation>
        </message>
        <message>
            <source>Choose the emblem</source>
            <translation>Emblemani tanlang</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg);;All files (*)</source>
            <translation>Rasmlar (*.png *.jpg *.jpeg *.bmp *.gif *.svg);;Barcha fayllar (*)</translation>
        </message>
        <message>
            <source>The emblem was not taken</source>
            <translation>Emblema olinmadi</translation>
        </message>
        <message>
            <source>Unsaved settings</source>
            <translation>Saqlanmagan sozlamalar</translation>
        </message>
        <message>
            <source>Save the changes to %1?</source>
            <translation>%1: oʻzgarishlar saqlansinmi?</translation>
        </message>
        <message>
            <source>the new body</source>
            <translation>Yangi organ</translation>
        </message>
        <message>
            <source>The settings were not saved</source>
            <translation>Sozlamalar saqlanmadi</translation>
        </message>
    </context>
    <context>
        <name>Bayon::DecisionRegisterHistoryModel</name>
        <message>
            <source>Written down %1</source>
            <translation>Yozib qoʻyilgan: %1</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Sana</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Holati</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Izoh</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Kiritgan</translation>
        </message>
    </context>
    <context>
        <name>Bayon::DecisionRegisterModel</name>
        <message>
            <source>next meeting (%1)</source>
            <translation>keyingi yigʻilish (%1)</translation>
        </message>
        <message>
            <source>next meeting</source>
            <translation>keyingi yigʻilish</translation>
        </message>
        <message>
            <source>%1, overdue</source>
            <translation>%1, muddati oʻtgan</translation>
        </message>
        <message numerus="yes">
            <source>Overdue by %n day(s): due %1</source>
            <translation>
                <numerusform>Muddati %n kun oʻtgan: muddat %1</numerusform>
                <numerusform>Muddati %n kun oʻtgan: muddat %1</numerusform>
            </translation>
        </message>
        <message>
            <source>The resolution's number in its meeting</source>
            <translation>Qarorning oʻz yigʻilishidagi raqami</translation>
        </message>
        <message>
            <source>The deadline; “next meeting” shows the date once that meeting exists</source>
            <translation>Muddat; “keyingi yigʻilish” uchun sana oʻsha yigʻilish yaratilgach koʻrinadi</translation>
        </message>
        <message>
            <source>Days past the deadline of a decision not yet done</source>
            <translation>Bajarilmagan qaror muddatidan oʻtgan kunlar</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Yigʻilish</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Sana</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
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
            <source>Status</source>
            <translation>Holati</translation>
        </message>
        <message>
            <source>Status note</source>
            <translation>Holat izohi</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>Kechikish (kun)</translation>
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
            <translation>&amp;ODT (matn muharriri)…</translation>
        </message>
        <message>
            <source>&amp;CSV (spreadsheet)…</source>
            <translation>&amp;CSV (elektron jadval)…</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Barchasi</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Muddati oʻtgan</translation>
        </message>
        <message>
            <source>All councils</source>
            <translation>Barcha kengashlar</translation>
        </message>
        <message>
            <source>The register cannot be read: %1</source>
            <translation>Reestrni oʻqib boʻlmaydi: %1</translation>
        </message>
        <message>
            <source>No decision selected.</source>
            <translation>Qaror tanlanmagan.</translation>
        </message>
        <message>
            <source>Meeting № %1 of %2, resolution %3 — %4</source>
            <translation>%2 dagi № %1 yigʻilish, %3-qaror — %4</translation>
        </message>
        <message>
            <source>Council: %1</source>
            <translation>Kengash: %1</translation>
        </message>
        <message>
            <source>Kind: %1</source>
            <translation>Turi: %1</translation>
        </message>
        <message>
            <source>Addressee: %1</source>
            <translation>Kimga: %1</translation>
        </message>
        <message>
            <source>Responsible: %1</source>
            <translation>Masʼul: %1</translation>
        </message>
        <message>
            <source>Deadline: %1</source>
            <translation>Muddat: %1</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Holati: %1</translation>
        </message>
        <message numerus="yes">
            <source>Overdue by %n day(s).</source>
            <translation>
                <numerusform>Muddati %n kun oʻtgan.</numerusform>
                <numerusform>Muddati %n kun oʻtgan.</numerusform>
            </translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Izoh: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) shown</source>
            <translation>
                <numerusform>%n ta qaror koʻrsatilgan</numerusform>
                <numerusform>%n ta qaror koʻrsatilgan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n overdue</source>
            <translation>
                <numerusform>, %n tasining muddati oʻtgan</numerusform>
                <numerusform>, %n tasining muddati oʻtgan</numerusform>
            </translation>
        </message>
        <message>
            <source>The follow-up was not recorded</source>
            <translation>Ijro holati yozilmadi</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>OpenDocument text (*.odt)</source>
            <translation>OpenDocument matni (*.odt)</translation>
        </message>
        <message>
            <source>Comma-separated values (*.csv)</source>
            <translation>Vergul bilan ajratilgan qiymatlar (*.csv)</translation>
        </message>
        <message>
            <source>Export the register</source>
            <translation>Reestrni eksport qilish</translation>
        </message>
        <message>
            <source>The register was not exported</source>
            <translation>Reestr eksport qilinmadi</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Yozildi: %1</translation>
        </message>
        <message>
            <source>The register was not printed</source>
            <translation>Reestr chop etilmadi</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Chop etishdan oldin koʻrish</translation>
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
            <translation>Koʻrib chiqish nusxasi</translation>
        </message>
        <message>
            <source>Bayon review copies (*.bayon)</source>
            <translation>Bayon koʻrib chiqish nusxalari (*.bayon)</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ExtractController</name>
        <message>
            <source>No extract</source>
            <translation>Koʻchirma yoʻq</translation>
        </message>
        <message>
            <source>The meeting has no agenda item to extract.</source>
            <translation>Yigʻilishda koʻchirma olinadigan kun tartibi masalasi yoʻq.</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Yozildi: %1</translation>
        </message>
        <message>
            <source>No resolution of this meeting names an addressee.</source>
            <translation>Bu yigʻilishning hech bir qarorida adresat koʻrsatilmagan.</translation>
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
            <translation>OpenDocument matni (ODT)</translation>
        </message>
        <message>
            <source>Web page (HTML)</source>
            <translation>Veb-sahifa (HTML)</translation>
        </message>
        <message>
            <source>Markdown</source>
            <translation>Markdown</translation>
        </message>
        <message>
            <source>Plain text</source>
            <translation>Oddiy matn</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Eksport</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>&amp;Koʻrish…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Chop etish…</translation>
        </message>
        <message>
            <source>meeting № %1 of %2</source>
            <translation>%2 dagi № %1 yigʻilish</translation>
        </message>
        <message>
            <source>Extract of an agenda item</source>
            <translation>Kun tartibi masalasi boʻyicha koʻchirma</translation>
        </message>
        <message>
            <source>“BAYONNOMADAN KOʻCHIRMA” of %1: the header, the agenda item under its numeral, what was heard, said and decided on it, and the secretary's certification.</source>
            <translation>%1 boʻyicha “BAYONNOMADAN KOʻCHIRMA”: sarlavha, oʻz raqami ostidagi kun tartibi masalasi, u boʻyicha nima tinglangani, aytilgani va qaror qilingani hamda kotibning tasdigʻi.</translation>
        </message>
        <message>
            <source>&amp;Agenda item:</source>
            <translation>Kun tartibi &amp;masalasi:</translation>
        </message>
        <message>
            <source>Extract for an addressee</source>
            <translation>Adresat uchun koʻchirma</translation>
        </message>
        <message>
            <source>“BAYONNOMADAN KOʻCHIRMA” of %1 with every resolution addressed to one organisation or person, for sending out.</source>
            <translation>%1 boʻyicha “BAYONNOMADAN KOʻCHIRMA”: bitta tashkilot yoki shaxsga qaratilgan barcha qarorlar bilan, joʻnatish uchun.</translation>
        </message>
        <message>
            <source>&amp;Addressee:</source>
            <translation>&amp;Kimga:</translation>
        </message>
        <message>
            <source>Every resolution whose addressee or responsible person contains this text</source>
            <translation>Adresati yoki masʼul shaxsida shu matn boʻlgan barcha qarorlar</translation>
        </message>
        <message>
            <source>The meeting has no agenda item to extract.</source>
            <translation>Yigʻilishda koʻchirma olinadigan kun tartibi masalasi yoʻq.</translation>
        </message>
        <message>
            <source>Choose the agenda item.</source>
            <translation>Kun tartibi masalasini tanlang.</translation>
        </message>
        <message>
            <source>No resolution of this meeting names an addressee.</source>
            <translation>Bu yigʻilishning hech bir qarorida adresat koʻrsatilmagan.</translation>
        </message>
        <message>
            <source>Choose or type the addressee.</source>
            <translation>Adresatni tanlang yoki yozing.</translation>
        </message>
        <message>
            <source>No resolution of this meeting is addressed to “%1”.</source>
            <translation>Bu yigʻilishning hech bir qarori “%1” ga qaratilmagan.</translation>
        </message>
        <message>
            <source>Save the extract</source>
            <translation>Koʻchirmani saqlash</translation>
        </message>
        <message>
            <source>The extract cannot be shown</source>
            <translation>Koʻchirmani koʻrsatib boʻlmaydi</translation>
        </message>
        <message>
            <source>The extract was not printed</source>
            <translation>Koʻchirma chop etilmadi</translation>
        </message>
        <message>
            <source>Choose the file to write.</source>
            <translation>Yoziladigan faylni tanlang.</translation>
        </message>
        <message>
            <source>The extract was not written</source>
            <translation>Koʻchirma yozilmadi</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Fayl almashtirilsinmi?</translation>
        </message>
        <message>
            <source>%1 exists. Replace it with the extract?</source>
            <translation>%1 mavjud. U koʻchirma bilan almashtirilsinmi?</translation>
        </message>
        <message>
            <source>Latin</source>
            <translation>Lotin</translation>
        </message>
        <message>
            <source>Cyrillic</source>
            <translation>Kirill</translation>
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
        <name>Bayon::HistoryDialog</name>
        <message>
            <source>Meeting № %1 of %2: %3, revision %4.</source>
            <translation>%2 dagi № %1 yigʻilish: %3, %4-tahrir.</translation>
        </message>
        <message>
            <source>This meeting is %1: its text cannot be restored to an earlier revision. Reopen it for editing first (Meeting menu); it then becomes a draft again.</source>
            <translation>Bu yigʻilish holati: %1. Uning matnini oldingi tahrirga qaytarib boʻlmaydi. Avval uni tahrirlash uchun qayta oching (Yigʻilish menyusi); shunda u yana loyihaga aylanadi.</translation>
        </message>
        <message>
            <source>the current text</source>
            <translation>joriy matn</translation>
        </message>
        <message>
            <source>revision %1</source>
            <translation>%1-tahrir</translation>
        </message>
        <message>
            <source>revision %1 · %2 · %3</source>
            <translation>%1-tahrir · %2 · %3</translation>
        </message>
        <message>
            <source>The revision cannot be read: %1</source>
            <translation>Tahrirni oʻqib boʻlmaydi: %1</translation>
        </message>
        <message>
            <source>&amp;Restore revision %1…</source>
            <translation>%1-tahrirni tik&amp;lash…</translation>
        </message>
        <message>
            <source>&amp;Restore this revision…</source>
            <translation>Shu tahrirni tik&amp;lash…</translation>
        </message>
        <message>
            <source>The revision cannot be restored</source>
            <translation>Tahrirni tiklab boʻlmaydi</translation>
        </message>
        <message>
            <source>Restore a revision</source>
            <translation>Tahrirni tiklash</translation>
        </message>
        <message>
            <source>Restore revision %1?

Its text becomes the meeting's text again and is kept as a new revision; the status, the follow-up of the decisions and the attached files stay as they are. Undo (Ctrl+Z) in the editor puts back the text from before.</source>
            <translation>%1-tahrir tiklansinmi?

Uning matni yana yigʻilish matniga aylanadi va yangi tahrir sifatida saqlanadi; holat, qarorlar ijrosi va biriktirilgan fayllar oʻzgarmaydi. Muharrirda bekor qilish (Ctrl+Z) oldingi matnni qaytaradi.</translation>
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
        <name>Bayon::LifecycleController</name>
        <message>
            <source>Status and control code</source>
            <translation>Holat va nazorat kodi</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Fayl biriktirish</translation>
        </message>
        <message>
            <source>The control code is printed in the footer of every page of the protocol: a paper copy with this code is this text.</source>
            <translation>Nazorat kodi bayonning har bir sahifasi pastida chop etiladi: shu kodli qogʻoz nusxa aynan shu matndir.</translation>
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
        <message>
            <source>The history cannot be shown</source>
            <translation>Tarixni koʻrsatib boʻlmaydi</translation>
        </message>
        <message>
            <source>The revision was not restored</source>
            <translation>Tahrir tiklanmadi</translation>
        </message>
        <message>
            <source>This meeting is %1: its protocol is read-only, and no earlier revision can be put back. Reopen it for editing first; it then becomes a draft again.</source>
            <translation>Bu yigʻilish holati: %1. Bayonini faqat oʻqish mumkin, oldingi tahrirni qaytarib boʻlmaydi. Avval uni tahrirlash uchun qayta oching; shunda u yana loyihaga aylanadi.</translation>
        </message>
        <message>
            <source>Revision %1 restored as revision %2. Undo puts back the text from before.</source>
            <translation>%1-tahrir %2-tahrir sifatida tiklandi. Bekor qilish oldingi matnni qaytaradi.</translation>
        </message>
        <message>
            <source>The file was not attached</source>
            <translation>Fayl biriktirilmadi</translation>
        </message>
        <message>
            <source>Attached: %1 (SHA-256 %2…)</source>
            <translation>Biriktirildi: %1 (SHA-256 %2…)</translation>
        </message>
        <message>
            <source>Final · control code %1</source>
            <translation>Yakuniy · nazorat kodi %1</translation>
        </message>
        <message>
            <source>Signed on %1 · control code %2</source>
            <translation>Imzolangan: %1 · nazorat kodi %2</translation>
        </message>
        <message>
            <source>Signed · control code %1</source>
            <translation>Imzolangan · nazorat kodi %1</translation>
        </message>
        <message>
            <source>The attached files cannot be shown</source>
            <translation>Biriktirilgan fayllarni koʻrsatib boʻlmaydi</translation>
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
            <source>The bodies cannot be listed</source>
            <translation>Organlar roʻyxatini olib boʻlmaydi</translation>
        </message>
        <message>
            <source>The &amp;body whose meeting it is:</source>
            <translation>Yigʻilish qaysi &amp;organniki:</translation>
        </message>
        <message>
            <source>The meeting cannot be shown again</source>
            <translation>Yigʻilishni qayta koʻrsatib boʻlmaydi</translation>
        </message>
        <message>
            <source>Council settings saved.</source>
            <translation>Kengash sozlamalari saqlandi.</translation>
        </message>
        <message>
            <source>read-only review copy</source>
            <translation>faqat oʻqish uchun koʻrib chiqish nusxasi</translation>
        </message>
    </context>
    <context>
        <name>Bayon::MeetingEditor</name>
        <message>
            <source>This meeting is %1: its protocol is read-only. Reopen it to correct it; it becomes a draft again.</source>
            <translation>Bu yigʻilish holati: %1. Bayonini faqat oʻqish mumkin. Tuzatish uchun uni qayta oching: u yana loyihaga aylanadi.</translation>
        </message>
        <message>
            <source>This is a review copy; it cannot be changed</source>
            <translation>Bu koʻrib chiqish nusxasi; uni oʻzgartirib boʻlmaydi</translation>
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
        <message>
            <source>Warning: %1</source>
            <translation>Ogohlantirish: %1</translation>
        </message>
        <message>
            <source>No quorum line is printed: give the body's members' count above to print one.</source>
            <translation>Kvorum satri chop etilmaydi: uni chop etish uchun yuqorida organ aʼzolari sonini kiriting.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::MeetingSession</name>
        <message>
            <source>The meeting was changed elsewhere; choose what to do first.</source>
            <translation>Yigʻilish boshqa joyda oʻzgartirilgan; avval nima qilishni tanlang.</translation>
        </message>
        <message>
            <source>This is a review copy; it cannot be changed.</source>
            <translation>Bu koʻrib chiqish nusxasi; uni oʻzgartirib boʻlmaydi.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::OutputFile</name>
        <message>
            <source>No output file given.</source>
            <translation>Yoziladigan fayl koʻrsatilmagan.</translation>
        </message>
        <message>
            <source>%1 is a folder, not a file.</source>
            <translation>%1 — fayl emas, jild.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>%1 jildi mavjud emas.</translation>
        </message>
        <message>
            <source>the system gave no reason</source>
            <translation>tizim sababini aytmadi</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 ni yozib boʻlmaydi: %2</translation>
        </message>
        <message>
            <source>%1 could not be written: %2; the previous file, if any, was left as it was.</source>
            <translation>%1 yozilmadi: %2; avvalgi fayl (agar boʻlsa) oʻzgarishsiz qoldi.</translation>
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
        <name>Bayon::RemarkDialog</name>
        <message>
            <source>Remark on: %1</source>
            <translation>Mulohaza: %1</translation>
        </message>
    </context>
    <context>
        <name>Bayon::RemarkListModel</name>
        <message>
            <source>The meeting</source>
            <translation>Yigʻilish</translation>
        </message>
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
            <source>%1 (moved; was %2)</source>
            <translation>%1 (surilgan; avval %2)</translation>
        </message>
        <message>
            <source>%1 (changed since)</source>
            <translation>%1 (keyin oʻzgargan)</translation>
        </message>
        <message>
            <source>%1 (changed since; was %2)</source>
            <translation>%1 (keyin oʻzgargan; avval %2)</translation>
        </message>
        <message>
            <source>%1 (no longer in the meeting)</source>
            <translation>%1 (endi yigʻilishda yoʻq)</translation>
        </message>
        <message>
            <source>open</source>
            <translation>ochiq</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>qabul qilingan</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rad etilgan</translation>
        </message>
        <message>
            <source>noted</source>
            <translation>eʼtiborga olingan</translation>
        </message>
        <message>
            <source>As reviewed in revision %1:
%2</source>
            <translation>%1-tahrirda koʻrib chiqilgan holi:
%2</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Qism</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Koʻrib chiquvchi</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Tahrir</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Holati</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Mulohaza</translation>
        </message>
        <message>
            <source>Appendix %1</source>
            <translation>Ilova %1</translation>
        </message>
    </context>
    <context>
        <name>Bayon::RemarksPanel</name>
        <message>
            <source>The remark was not marked</source>
            <translation>Mulohaza belgilanmadi</translation>
        </message>
        <message>
            <source>The remark was not taken back</source>
            <translation>Mulohaza qaytarib olinmadi</translation>
        </message>
        <message>
            <source>Choose a remark first.</source>
            <translation>Avval mulohazani tanlang.</translation>
        </message>
        <message>
            <source>The remarks cannot be read: %1</source>
            <translation>Mulohazalarni oʻqib boʻlmaydi: %1</translation>
        </message>
        <message>
            <source>No meeting is open.</source>
            <translation>Hech qaysi yigʻilish ochiq emas.</translation>
        </message>
        <message numerus="yes">
            <source>Your remarks on this meeting: %n. They stay on this computer until you send them.</source>
            <translation>
                <numerusform>Bu yigʻilish boʻyicha mulohazalaringiz: %n. Ularni joʻnatmaguningizcha ular shu kompyuterda qoladi.</numerusform>
                <numerusform>Bu yigʻilish boʻyicha mulohazalaringiz: %n. Ularni joʻnatmaguningizcha ular shu kompyuterda qoladi.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remarks can be added to a meeting in review; this one is %1.</source>
            <translation>Mulohazalarni koʻrib chiqishdagi yigʻilishga qoʻshish mumkin; bu yigʻilish holati: %1.</translation>
        </message>
        <message>
            <source>No remarks on this meeting. Members' remarks come in with File ▸ Import remarks…</source>
            <translation>Bu yigʻilish boʻyicha mulohazalar yoʻq. Aʼzolarning mulohazalari Fayl ▸ Mulohazalarni import qilish… orqali keladi.</translation>
        </message>
        <message numerus="yes">
            <source>Remarks from members: %n, of which open: %1.</source>
            <translation>
                <numerusform>Aʼzolarning mulohazalari: %n, shundan ochiq: %1.</numerusform>
                <numerusform>Aʼzolarning mulohazalari: %n, shundan ochiq: %1.</numerusform>
            </translation>
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
        <name>Bayon::ReviewController</name>
        <message>
            <source>Remarks</source>
            <translation>Mulohazalar</translation>
        </message>
        <message>
            <source>&amp;Remarks</source>
            <translation>&amp;Mulohazalar</translation>
        </message>
        <message>
            <source>Export &amp;review copy…</source>
            <translation>Koʻrib chiqish n&amp;usxasini eksport qilish…</translation>
        </message>
        <message>
            <source>One file with chosen meetings that members open read-only and send remarks from</source>
            <translation>Aʼzolar faqat oʻqish uchun ochadigan va mulohazalarini yuboradigan, tanlangan yigʻilishlardan iborat bitta fayl</translation>
        </message>
        <message>
            <source>Import re&amp;marks…</source>
            <translation>Mu&amp;lohazalarni import qilish…</translation>
        </message>
        <message>
            <source>The remarks file a member sent back from a review copy</source>
            <translation>Aʼzo koʻrib chiqish nusxasidan qaytargan mulohazalar fayli</translation>
        </message>
        <message>
            <source>&amp;Send remarks…</source>
            <translation>Mulohazalarni &amp;joʻnatish…</translation>
        </message>
        <message>
            <source>Write your remarks to a file to send to the secretary</source>
            <translation>Mulohazalaringizni kotibga joʻnatish uchun faylga yozish</translation>
        </message>
        <message>
            <source>Add re&amp;mark…</source>
            <translation>&amp;Mulohaza qoʻshish…</translation>
        </message>
        <message>
            <source>review copy of %1</source>
            <translation>koʻrib chiqish nusxasi: %1</translation>
        </message>
        <message>
            <source>Members write remarks in a review copy (File ▸ Export review copy…)</source>
            <translation>Aʼzolar mulohazalarni koʻrib chiqish nusxasida yozadi (Fayl ▸ Koʻrib chiqish nusxasini eksport qilish…)</translation>
        </message>
        <message>
            <source>Open a meeting in review first</source>
            <translation>Avval koʻrib chiqishdagi yigʻilishni oching</translation>
        </message>
        <message>
            <source>Remarks can be added to a meeting in review; this one is %1</source>
            <translation>Mulohazalarni koʻrib chiqishdagi yigʻilishga qoʻshish mumkin; bu yigʻilish holati: %1</translation>
        </message>
        <message>
            <source>No database is open.</source>
            <translation>Hech qaysi maʼlumotlar bazasi ochiq emas.</translation>
        </message>
        <message>
            <source>Remarks are written in a review copy.</source>
            <translation>Mulohazalar koʻrib chiqish nusxasida yoziladi.</translation>
        </message>
        <message>
            <source>No meeting is open.</source>
            <translation>Hech qaysi yigʻilish ochiq emas.</translation>
        </message>
        <message>
            <source>Remarks are sent from a review copy.</source>
            <translation>Mulohazalar koʻrib chiqish nusxasidan joʻnatiladi.</translation>
        </message>
        <message>
            <source>Remarks are imported into the council's own database.</source>
            <translation>Mulohazalar kengashning oʻz maʼlumotlar bazasiga import qilinadi.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 ni oʻqib boʻlmaydi: %2</translation>
        </message>
        <message>
            <source>The meetings cannot be listed</source>
            <translation>Yigʻilishlar roʻyxatini olib boʻlmaydi</translation>
        </message>
        <message>
            <source>The review copy was not written</source>
            <translation>Koʻrib chiqish nusxasi yozilmadi</translation>
        </message>
        <message numerus="yes">
            <source>Review copy written: %1 (%n meeting(s)).</source>
            <translation>
                <numerusform>Koʻrib chiqish nusxasi yozildi: %1 (%n ta yigʻilish).</numerusform>
                <numerusform>Koʻrib chiqish nusxasi yozildi: %1 (%n ta yigʻilish).</numerusform>
            </translation>
        </message>
        <message>
            <source>The remark was not added</source>
            <translation>Mulohaza qoʻshilmadi</translation>
        </message>
        <message>
            <source>Remark kept on this computer. File ▸ Send remarks… writes them for the secretary.</source>
            <translation>Mulohaza shu kompyuterda saqlandi. Fayl ▸ Mulohazalarni joʻnatish… ularni kotib uchun yozadi.</translation>
        </message>
        <message>
            <source>Send remarks</source>
            <translation>Mulohazalarni joʻnatish</translation>
        </message>
        <message>
            <source>Bayon remarks (*.json)</source>
            <translation>Bayon mulohazalari (*.json)</translation>
        </message>
        <message>
            <source>The remarks were not written</source>
            <translation>Mulohazalar yozilmadi</translation>
        </message>
        <message>
            <source>Remarks written to %1: send this file to the secretary.</source>
            <translation>Mulohazalar %1 ga yozildi: shu faylni kotibga joʻnating.</translation>
        </message>
        <message>
            <source>Import remarks</source>
            <translation>Mulohazalarni import qilish</translation>
        </message>
        <message>
            <source>Bayon remarks (*.json);;All files (*)</source>
            <translation>Bayon mulohazalari (*.json);;Barcha fayllar (*)</translation>
        </message>
        <message>
            <source>The remarks were not imported</source>
            <translation>Mulohazalar import qilinmadi</translation>
        </message>
        <message>
            <source>Nothing was imported from %1.

%2</source>
            <translation>%1 dan hech narsa import qilinmadi.

%2</translation>
        </message>
        <message>
            <source>Remarks from %1: %2 new, %3 already imported before.</source>
            <translation>%1 dan mulohazalar: %2 ta yangi, %3 tasi avval import qilingan.</translation>
        </message>
        <message>
            <source>A remark on the part selected: the meeting, an agenda item, a report, a KPI row, a resolution or an appendix</source>
            <translation>Tanlangan qism boʻyicha mulohaza: yigʻilish, kun tartibi masalasi, maʼruza, koʻrsatkich qatori, qaror yoki ilova</translation>
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
            <translation>(kengash koʻrsatilmagan)</translation>
        </message>
        <message numerus="yes">
            <source>Review copy of %1: %n meeting(s) of %2, made on %3.</source>
            <translation>
                <numerusform>Koʻrib chiqish nusxasi (%1): %2 dagi %n ta yigʻilish, %3 da tayyorlangan.</numerusform>
                <numerusform>Koʻrib chiqish nusxasi (%1): %2 dagi %n ta yigʻilish, %3 da tayyorlangan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Review copy of %1: %n meeting(s) of %2, made on %3 by %4.</source>
            <translation>
                <numerusform>Koʻrib chiqish nusxasi (%1): %2 dagi %n ta yigʻilish, %3 da %4 tayyorlagan.</numerusform>
                <numerusform>Koʻrib chiqish nusxasi (%1): %2 dagi %n ta yigʻilish, %3 da %4 tayyorlagan.</numerusform>
            </translation>
        </message>
        <message>
            <source>It opens read-only: nothing in it can be changed. Remarks on a meeting in review are kept on this computer and sent with File ▸ Send remarks…</source>
            <translation>U faqat oʻqish uchun ochiladi: undagi hech narsani oʻzgartirib boʻlmaydi. Koʻrib chiqishdagi yigʻilish boʻyicha mulohazalar shu kompyuterda saqlanadi va Fayl ▸ Mulohazalarni joʻnatish… orqali yuboriladi.</translation>
        </message>
        <message>
            <source>This copy was changed after it was packed: its content no longer has its seal, so what it shows may not be what the secretary sent. Ask for a new copy.</source>
            <translation>Bu nusxa qadoqlangandan keyin oʻzgartirilgan: uning mazmuni endi muhriga mos emas, shuning uchun u kotib yuborgan narsani koʻrsatmasligi mumkin. Yangi nusxa soʻrang.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::RevisionListModel</name>
        <message>
            <source>Created</source>
            <translation>Yaratildi</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Saqlandi</translation>
        </message>
        <message numerus="yes">
            <source>Autosaved (%n saves)</source>
            <translation>
                <numerusform>Avtomatik saqlandi (%n marta)</numerusform>
                <numerusform>Avtomatik saqlandi (%n marta)</numerusform>
            </translation>
        </message>
        <message>
            <source>Autosaved</source>
            <translation>Avtomatik saqlandi</translation>
        </message>
        <message>
            <source>Status changed</source>
            <translation>Holat oʻzgartirildi</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Qayta ochildi</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Tiklandi</translation>
        </message>
        <message>
            <source>Autosaves from %1 to %2</source>
            <translation>%1 dan %2 gacha avtomatik saqlashlar</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Tahrir</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Muallif</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Nima boʻldi</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Holati</translation>
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
        <message>
            <source>Appendix %1</source>
            <translation>%1-ilova</translation>
        </message>
    </context>
    <context>
        <name>Bayon::SignDialog</name>
        <message>
            <source>Meeting № %1 of %2 is final. Record that its paper copy has been signed: the protocol stays read-only, and the control code on its pages still matches it.</source>
            <translation>%2 dagi № %1 yigʻilish yakuniy. Uning qogʻoz nusxasi imzolanganini qayd eting: bayon faqat oʻqish uchun qoladi, sahifalaridagi nazorat kodi esa unga mosligicha qoladi.</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Imzolash</translation>
        </message>
        <message>
            <source>The scan of the signed copy</source>
            <translation>Imzolangan nusxaning skani</translation>
        </message>
        <message>
            <source>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
            <translation>Skanlar (*.pdf *.png *.jpg *.jpeg);;Barcha fayllar (*)</translation>
        </message>
        <message>
            <source>There is no file %1.</source>
            <translation>%1 fayli yoʻq.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::VoteEditor</name>
        <message>
            <source>No vote recorded</source>
            <translation>Ovoz berish qayd etilmagan</translation>
        </message>
        <message>
            <source>Counts (Rozi, Qarshi, Betaraf)</source>
            <translation>Ovozlar soni (Rozi, Qarshi, Betaraf)</translation>
        </message>
        <message>
            <source>Unanimously (bir ovozdan)</source>
            <translation>Bir ovozdan</translation>
        </message>
        <message>
            <source>Roll call (nomma-nom)</source>
            <translation>Nomma-nom</translation>
        </message>
        <message>
            <source>For (Rozi)</source>
            <translation>Rozi</translation>
        </message>
        <message>
            <source>Against (Qarshi)</source>
            <translation>Qarshi</translation>
        </message>
        <message>
            <source>Abstained (Betaraf)</source>
            <translation>Betaraf</translation>
        </message>
        <message>
            <source>&amp;Vote:</source>
            <translation>&amp;Ovoz berish:</translation>
        </message>
        <message>
            <source>How the members voted</source>
            <translation>Aʼzolar qanday ovoz berdi</translation>
        </message>
        <message>
            <source>R&amp;ozi (for):</source>
            <translation>&amp;Rozi:</translation>
        </message>
        <message>
            <source>&amp;Qarshi (against):</source>
            <translation>&amp;Qarshi:</translation>
        </message>
        <message>
            <source>Betara&amp;f (abstained):</source>
            <translation>&amp;Betaraf:</translation>
        </message>
        <message>
            <source>Dissenting o&amp;pinions:</source>
            <translation>&amp;Alohida fikrlar:</translation>
        </message>
        <message>
            <source>Alohida fikr, as printed under the vote</source>
            <translation>Alohida fikr, ovoz berish natijasi ostida qanday chop etilsa, shunday</translation>
        </message>
        <message>
            <source>Member present</source>
            <translation>Qatnashgan aʼzo</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Ovozi</translation>
        </message>
        <message>
            <source>Dissenting opinion (alohida fikr)</source>
            <translation>Alohida fikr</translation>
        </message>
        <message>
            <source>Roll call</source>
            <translation>Nomma-nom ovoz berish</translation>
        </message>
        <message>
            <source>Vote check</source>
            <translation>Ovoz berish tekshiruvi</translation>
        </message>
        <message>
            <source>— (did not vote)</source>
            <translation>— (ovoz bermadi)</translation>
        </message>
        <message>
            <source>Vote of %1</source>
            <translation>%1 ovozi</translation>
        </message>
        <message>
            <source>Dissenting opinion of %1</source>
            <translation>%1 alohida fikri</translation>
        </message>
        <message>
            <source>Vote as printed</source>
            <translation>Bosmadagi ovoz berish natijasi</translation>
        </message>
        <message>
            <source>As the protocol prints the vote</source>
            <translation>Bayonda ovoz berish natijasi shunday chop etiladi</translation>
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
        <name>ChangeAppendixCommand</name>
        <message>
            <source>Change appendix title</source>
            <translation>Ilova nomini oʻzgartirish</translation>
        </message>
        <message>
            <source>Change appendix text</source>
            <translation>Ilova matnini oʻzgartirish</translation>
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
        <message>
            <source>Change protocol form</source>
            <translation>Bayon shaklini oʻzgartirish</translation>
        </message>
        <message>
            <source>Change end time</source>
            <translation>Tugash vaqtini oʻzgartirish</translation>
        </message>
        <message>
            <source>Change who convened the meeting</source>
            <translation>Yigʻilishni kim chaqirganini oʻzgartirish</translation>
        </message>
        <message>
            <source>Change basis</source>
            <translation>Asosni oʻzgartirish</translation>
        </message>
        <message>
            <source>Change notification</source>
            <translation>Xabardor qilishni oʻzgartirish</translation>
        </message>
        <message>
            <source>Change members' count</source>
            <translation>Aʼzolar sonini oʻzgartirish</translation>
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
        <name>ChangeVoteCommand</name>
        <message>
            <source>Change vote on resolution</source>
            <translation>Qaror boʻyicha ovoz berishni oʻzgartirish</translation>
        </message>
        <message>
            <source>Change vote on agenda item</source>
            <translation>Masala boʻyicha ovoz berishni oʻzgartirish</translation>
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
        <name>CouncilSettingsDialog</name>
        <message>
            <source>Council settings</source>
            <translation>Kengash sozlamalari</translation>
        </message>
        <message>
            <source>&amp;Body:</source>
            <translation>&amp;Organ:</translation>
        </message>
        <message>
            <source>The body whose settings are shown; each has its own members, template and numbering</source>
            <translation>Sozlamalari koʻrsatilayotgan organ; har birining oʻz aʼzolari, shabloni va raqamlanishi bor</translation>
        </message>
        <message>
            <source>Add bo&amp;dy</source>
            <translation>Organ &amp;qoʻshish</translation>
        </message>
        <message>
            <source>A new body (a commission, a board) with the usual template</source>
            <translation>Odatiy shablonli yangi organ (komissiya, kengash)</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Organ</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Toʻliq nomi:</translation>
        </message>
        <message>
            <source>As the protocol's header prints it</source>
            <translation>Bayon sarlavhasida qanday bosilsa, shunday</translation>
        </message>
        <message>
            <source>O&amp;rganisation:</source>
            <translation>Tash&amp;kilot:</translation>
        </message>
        <message>
            <source>The ministry, company or university it belongs to</source>
            <translation>U tegishli vazirlik, kompaniya yoki universitet</translation>
        </message>
        <message>
            <source>Sh&amp;ort name:</source>
            <translation>Q&amp;isqa nomi:</translation>
        </message>
        <message>
            <source>For lists: “Jamoatchilik kengashi”</source>
            <translation>Roʻyxatlar uchun: “Jamoatchilik kengashi”</translation>
        </message>
        <message>
            <source>C&amp;ity:</source>
            <translation>&amp;Shahar:</translation>
        </message>
        <message>
            <source>The place a new meeting takes: “Toshkent shahri”</source>
            <translation>Yangi yigʻilishga qoʻyiladigan joy: “Toshkent shahri”</translation>
        </message>
        <message>
            <source>Defa&amp;ult form:</source>
            <translation>&amp;Asosiy shakl:</translation>
        </message>
        <message>
            <source>The form a new meeting of this body is printed in; each meeting can choose another</source>
            <translation>Shu organning yangi yigʻilishi chop etiladigan shakl; har bir yigʻilish boshqasini tanlashi mumkin</translation>
        </message>
        <message>
            <source>&amp;Emblem:</source>
            <translation>&amp;Emblema:</translation>
        </message>
        <message>
            <source>Emblem image</source>
            <translation>Emblema rasmi</translation>
        </message>
        <message>
            <source>C&amp;hoose image…</source>
            <translation>&amp;Rasm tanlash…</translation>
        </message>
        <message>
            <source>A PNG or JPEG image printed at the top of the first page</source>
            <translation>Birinchi sahifaning yuqorisida chop etiladigan PNG yoki JPEG rasm</translation>
        </message>
        <message>
            <source>Remo&amp;ve image</source>
            <translation>Rasmni oʻ&amp;chirish</translation>
        </message>
        <message>
            <source>Members and quorum</source>
            <translation>Aʼzolar va kvorum</translation>
        </message>
        <message>
            <source>Add &amp;member:</source>
            <translation>Aʼ&amp;zo qoʻshish:</translation>
        </message>
        <message>
            <source>Type a name: the directory completes it</source>
            <translation>Ismni yozing: maʼlumotnoma uni toʻldiradi</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>Q&amp;oʻshish</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Oʻ&amp;chirish</translation>
        </message>
        <message>
            <source>Remove the selected member (Delete)</source>
            <translation>Tanlangan aʼzoni oʻchirish (Delete)</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Aʼzolar</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>Kvorum</translation>
        </message>
        <message>
            <source>&amp;Quorum:</source>
            <translation>K&amp;vorum:</translation>
        </message>
        <message>
            <source>Fi&amp;xed number:</source>
            <translation>&amp;Belgilangan son:</translation>
        </message>
        <message>
            <source>How many members present the charter asks for</source>
            <translation>Nizomga koʻra nechta aʼzo qatnashishi kerak</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Shablon</translation>
        </message>
        <message>
            <source>&amp;Title line:</source>
            <translation>&amp;Sarlavha qatori:</translation>
        </message>
        <message>
            <source>Resolution &amp;formula:</source>
            <translation>Qaror &amp;formulasi:</translation>
        </message>
        <message>
            <source>&amp;Chair signs as:</source>
            <translation>&amp;Rais imzosi:</translation>
        </message>
        <message>
            <source>Secretar&amp;y signs as:</source>
            <translation>K&amp;otib imzosi:</translation>
        </message>
        <message>
            <source>Members &amp;label:</source>
            <translation>Aʼzolar &amp;nomlanishi:</translation>
        </message>
        <message>
            <source>How the quorum line names the members: “Kengash aʼzolari — 15 nafar”</source>
            <translation>Kvorum satrida aʼzolar qanday nomlanadi: “Kengash aʼzolari — 15 nafar”</translation>
        </message>
        <message>
            <source>&amp;Numbering:</source>
            <translation>Ra&amp;qamlash:</translation>
        </message>
        <message>
            <source>How the protocol's number is printed; numbers start again each year</source>
            <translation>Bayon raqami qanday chop etiladi; raqamlar har yili qaytadan boshlanadi</translation>
        </message>
        <message>
            <source>Res&amp;olutions numbered:</source>
            <translation>Qarorlar raqam&amp;lanishi:</translation>
        </message>
        <message>
            <source>In the full form: per agenda item or throughout the protocol</source>
            <translation>Toʻliq shaklda: har bir masala boʻyicha yoki butun bayon boʻyicha</translation>
        </message>
        <message>
            <source>List the attendees as an appendix &amp;when there are more than</source>
            <translation>Qatnashchilar soni quyidagidan &amp;koʻp boʻlsa, ular ilovada roʻyxat qilinadi:</translation>
        </message>
        <message>
            <source>Attendee-list threshold</source>
            <translation>Qatnashchilar roʻyxati chegarasi</translation>
        </message>
        <message>
            <source>Up to this many attendees are named in the text; more are counted and listed in “1-ilova”</source>
            <translation>Shuncha qatnashchigacha matnda nomma-nom keltiriladi; koʻproq boʻlsa, soni koʻrsatiladi va “1-ilova”da roʻyxat qilinadi</translation>
        </message>
        <message>
            <source>Print “M.Oʻ.” for the s&amp;eal beside the signatures</source>
            <translation>Imzolar yonida &amp;muhr oʻrni uchun “M.Oʻ.” chop etilsin</translation>
        </message>
        <message>
            <source>Appro&amp;val block “TASDIQLAYMAN” at the top right</source>
            <translation>Yuqori oʻngda “TASDIQLAYMAN” &amp;tasdiqlash bloki</translation>
        </message>
        <message>
            <source>Posit&amp;ion:</source>
            <translation>&amp;Lavozimi:</translation>
        </message>
        <message>
            <source>Who approves: “Kuzatuv kengashi raisi”</source>
            <translation>Kim tasdiqlaydi: “Kuzatuv kengashi raisi”</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>&amp;Ismi:</translation>
        </message>
        <message>
            <source>“B.Rahimov”</source>
            <translation>“B.Rahimov”</translation>
        </message>
        <message>
            <source>A date line “«____» __________ 20__-yil” is printed under the name. Write “ / ” where the position should break into a new line.</source>
            <translation>Ism ostida “«____» __________ 20__-yil” sana satri chop etiladi. Lavozim yangi qatorga oʻtishi kerak boʻlgan joyga “ / ” yozing.</translation>
        </message>
    </context>
    <context>
        <name>DecisionRegisterWidget</name>
        <message>
            <source>Decisions register</source>
            <translation>Qarorlar reestri</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Koʻrsatish</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Holati:</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Shaxs:</translation>
        </message>
        <message>
            <source>Part of a responsible person's name</source>
            <translation>Masʼul shaxs ismining bir qismi</translation>
        </message>
        <message>
            <source>&amp;Council:</source>
            <translation>&amp;Kengash:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Boshlab:</translation>
        </message>
        <message>
            <source>Only meetings on or after this day</source>
            <translation>Faqat shu kundan boshlab oʻtkazilgan yigʻilishlar</translation>
        </message>
        <message>
            <source>Meetings from</source>
            <translation>Yigʻilishlar (boshlanish sanasi)</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>&amp;gacha:</translation>
        </message>
        <message>
            <source>Only meetings on or before this day</source>
            <translation>Faqat shu kungacha oʻtkazilgan yigʻilishlar</translation>
        </message>
        <message>
            <source>Meetings to</source>
            <translation>Yigʻilishlar (tugash sanasi)</translation>
        </message>
        <message>
            <source>&amp;Words:</source>
            <translation>Soʻ&amp;zlar:</translation>
        </message>
        <message>
            <source>Words of the meeting, as “Find in all meetings” finds them</source>
            <translation>Yigʻilishdagi soʻzlar, “Barcha yigʻilishlardan qidirish” topgani kabi</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>Saralashni &amp;tozalash</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Qarorlar</translation>
        </message>
        <message>
            <source>Full te&amp;xt:</source>
            <translation>Toʻliq &amp;matn:</translation>
        </message>
        <message>
            <source>&amp;Open in the editor</source>
            <translation>Muharrirda &amp;ochish</translation>
        </message>
        <message>
            <source>Open the meeting at this resolution (Enter, double-click)</source>
            <translation>Yigʻilishni shu qarorda ochish (Enter, ikki marta bosish)</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Ijro holati</translation>
        </message>
        <message>
            <source>New stat&amp;us:</source>
            <translation>Yangi &amp;holat:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Izoh:</translation>
        </message>
        <message>
            <source>What was done, or why not</source>
            <translation>Nima qilindi yoki nega qilinmadi</translation>
        </message>
        <message>
            <source>D&amp;ate:</source>
            <translation>Sa&amp;na:</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Yozish</translation>
        </message>
        <message>
            <source>Keep this step in the decision's follow-up history (allowed on signed meetings)</source>
            <translation>Bu qadamni qaror ijrosi tarixida saqlash (imzolangan yigʻilishlarda ham mumkin)</translation>
        </message>
        <message>
            <source>&amp;History of the follow-up:</source>
            <translation>Ijro &amp;tarixi:</translation>
        </message>
        <message>
            <source>Print pre&amp;view…</source>
            <translation>Chop etishdan oldin &amp;koʻrish…</translation>
        </message>
        <message>
            <source>Pr&amp;int…</source>
            <translation>&amp;Chop etish…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Eksport</translation>
        </message>
        <message>
            <source>Write the decisions shown, in the order shown, as PDF, ODT or CSV</source>
            <translation>Koʻrsatilgan qarorlarni koʻrsatilgan tartibda PDF, ODT yoki CSV koʻrinishida yozish</translation>
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
        <message>
            <source>Full form</source>
            <translation>Toʻliq shakl</translation>
        </message>
        <message>
            <source>Short form</source>
            <translation>Qisqa shakl</translation>
        </message>
        <message>
            <source>Narrative form</source>
            <translation>Tavsifiy shakl</translation>
        </message>
        <message>
            <source>More than half of the members</source>
            <translation>Aʼzolarning yarmidan koʻpi</translation>
        </message>
        <message>
            <source>Two thirds of the members</source>
            <translation>Aʼzolarning uchdan ikki qismi</translation>
        </message>
        <message>
            <source>A fixed number of members</source>
            <translation>Aʼzolarning belgilangan soni</translation>
        </message>
        <message>
            <source>Per agenda item (1.1, 1.2, 2.1)</source>
            <translation>Har bir masala boʻyicha (1.1, 1.2, 2.1)</translation>
        </message>
        <message>
            <source>Continuous (1, 2, 3)</source>
            <translation>Uzluksiz (1, 2, 3)</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Rais</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Kotib</translation>
        </message>
    </context>
    <context>
        <name>ExportReviewCopyDialog</name>
        <message>
            <source>Export a review copy</source>
            <translation>Koʻrib chiqish nusxasini eksport qilish</translation>
        </message>
        <message>
            <source>A review copy is one file with the chosen meetings that members open read-only on their own computers, with no network, and send their remarks back from.</source>
            <translation>Koʻrib chiqish nusxasi — tanlangan yigʻilishlardan iborat bitta fayl: aʼzolar uni oʻz kompyuterlarida internetsiz, faqat oʻqish uchun ochadi va undan mulohazalarini qaytaradi.</translation>
        </message>
        <message>
            <source>&amp;These meetings:</source>
            <translation>&amp;Shu yigʻilishlar:</translation>
        </message>
        <message>
            <source>Meetings to put in the copy</source>
            <translation>Nusxaga kiritiladigan yigʻilishlar</translation>
        </message>
        <message>
            <source>Every meeting of a &amp;period with these statuses:</source>
            <translation>&amp;Davr ichidagi shu holatlardagi barcha yigʻilishlar:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Boshlab:</translation>
        </message>
        <message>
            <source>T&amp;o:</source>
            <translation>&amp;Gacha:</translation>
        </message>
        <message>
            <source>F&amp;ile:</source>
            <translation>&amp;Fayl:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Tanlash…</translation>
        </message>
    </context>
    <context>
        <name>ExtractDialog</name>
        <message>
            <source>Extract of the protocol</source>
            <translation>Bayonnomadan koʻchirma</translation>
        </message>
        <message>
            <source>Extract &amp;date:</source>
            <translation>Koʻchirma &amp;sanasi:</translation>
        </message>
        <message>
            <source>The date the secretary certifies the extract as a true copy</source>
            <translation>Kotib koʻchirmani asliga toʻgʻri deb tasdiqlaydigan sana</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>F&amp;ormat:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>Fa&amp;yl:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Tanlash…</translation>
        </message>
        <message>
            <source>&amp;Script:</source>
            <translation>Yo&amp;zuv:</translation>
        </message>
        <message>
            <source>The script the extract is written in: the meeting stays in Latin, the extract is transliterated</source>
            <translation>Koʻchirma yoziladigan yozuv: yigʻilish lotin yozuvida qoladi, koʻchirma transliteratsiya qilinadi</translation>
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
        <name>HistoryDialog</name>
        <message>
            <source>History of the meeting</source>
            <translation>Yigʻilish tarixi</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Tarix</translation>
        </message>
        <message>
            <source>Re&amp;visions</source>
            <translation>&amp;Tahrirlar</translation>
        </message>
        <message>
            <source>&amp;Kept revisions, newest first (select one to compare it with the current text, or two to compare them):</source>
            <translation>&amp;Saqlangan tahrirlar, eng yangisi birinchi (joriy matn bilan solishtirish uchun bittasini, oʻzaro solishtirish uchun ikkitasini tanlang):</translation>
        </message>
        <message>
            <source>Revisions</source>
            <translation>Tahrirlar</translation>
        </message>
        <message>
            <source>&amp;Restore this revision…</source>
            <translation>Shu tahrirni tik&amp;lash…</translation>
        </message>
        <message>
            <source>Put the text of the selected revision back, as a new revision; Undo in the editor takes it back</source>
            <translation>Tanlangan tahrir matnini yangi tahrir sifatida qaytarish; muharrirdagi bekor qilish uni orqaga qaytaradi</translation>
        </message>
        <message>
            <source>Compare &amp;from:</source>
            <translation>S&amp;olishtirish:</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>&amp;bilan:</translation>
        </message>
        <message>
            <source>C&amp;hanges:</source>
            <translation>Oʻ&amp;zgarishlar:</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Oʻzgarishlar</translation>
        </message>
        <message>
            <source>Status &amp;log</source>
            <translation>Holatlar &amp;jurnali</translation>
        </message>
        <message>
            <source>&amp;Entries, newest first: changes of status, reopenings with their reasons, restores, files attached and removed:</source>
            <translation>&amp;Yozuvlar, eng yangisi birinchi: holat oʻzgarishlari, sabablari bilan qayta ochishlar, tiklashlar, biriktirilgan va oʻchirilgan fayllar:</translation>
        </message>
        <message>
            <source>Status log</source>
            <translation>Holatlar jurnali</translation>
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
        <message>
            <source>A new draft of a body, with its members, chair, secretary and next number</source>
            <translation>Organning aʼzolari, raisi, kotibi va navbatdagi raqami bilan yangi loyiha</translation>
        </message>
        <message>
            <source>E&amp;xtract of this item…</source>
            <translation>Shu &amp;masaladan koʻchirma…</translation>
        </message>
        <message>
            <source>“Bayonnomadan koʻchirma” of the agenda item selected on the Agenda page, to certify and send</source>
            <translation>Kun tartibi sahifasida tanlangan masala boʻyicha “Bayonnomadan koʻchirma”: tasdiqlash va joʻnatish uchun</translation>
        </message>
        <message>
            <source>Extract for addre&amp;ssee…</source>
            <translation>&amp;Adresat uchun koʻchirma…</translation>
        </message>
        <message>
            <source>“Bayonnomadan koʻchirma” of every resolution addressed to one organisation or person</source>
            <translation>Bitta tashkilot yoki shaxsga qaratilgan barcha qarorlar boʻyicha “Bayonnomadan koʻchirma”</translation>
        </message>
        <message>
            <source>Co&amp;uncil settings…</source>
            <translation>&amp;Kengash sozlamalari…</translation>
        </message>
        <message>
            <source>The bodies whose meetings this database keeps: names, members, quorum and the protocol template</source>
            <translation>Yigʻilishlari shu bazada saqlanadigan organlar: nomlari, aʼzolari, kvorumi va bayon shabloni</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;Tarix…</translation>
        </message>
        <message>
            <source>The kept revisions and the status log of this meeting; compare and restore revisions</source>
            <translation>Shu yigʻilishning saqlangan tahrirlari va holatlar jurnali; tahrirlarni solishtirish va tiklash</translation>
        </message>
        <message>
            <source>&amp;Attach file…</source>
            <translation>Fayl &amp;biriktirish…</translation>
        </message>
        <message>
            <source>Keep a file with this meeting: the scan of its signed copy (PDF, PNG or JPEG)</source>
            <translation>Shu yigʻilish bilan faylni saqlash: imzolangan nusxasining skani (PDF, PNG yoki JPEG)</translation>
        </message>
        <message>
            <source>Attached &amp;files…</source>
            <translation>Biriktirilgan &amp;fayllar…</translation>
        </message>
        <message>
            <source>The files kept with this meeting: open, check or remove them</source>
            <translation>Shu yigʻilish bilan saqlanayotgan fayllar: ochish, tekshirish yoki oʻchirish</translation>
        </message>
        <message>
            <source>&amp;Decisions register…</source>
            <translation>&amp;Qarorlar reestri…</translation>
        </message>
        <message>
            <source>Every resolution of every meeting with its follow-up</source>
            <translation>Barcha yigʻilishlarning barcha qarorlari ijro holati bilan</translation>
        </message>
    </context>
    <context>
        <name>MeetingDiffHtml</name>
        <message>
            <source>Meeting</source>
            <translation>Yigʻilish</translation>
        </message>
        <message>
            <source>chair: %1</source>
            <translation>rais: %1</translation>
        </message>
        <message>
            <source>secretary: %1</source>
            <translation>kotib: %1</translation>
        </message>
        <message>
            <source>caption of table %1</source>
            <translation>%1-jadval sarlavhasi</translation>
        </message>
        <message>
            <source>sub-point %1</source>
            <translation>%1-kichik band</translation>
        </message>
        <message>
            <source>participant %1</source>
            <translation>%1-ishtirokchi</translation>
        </message>
        <message>
            <source>council</source>
            <translation>kengash</translation>
        </message>
        <message>
            <source>number</source>
            <translation>raqam</translation>
        </message>
        <message>
            <source>date</source>
            <translation>sana</translation>
        </message>
        <message>
            <source>start time</source>
            <translation>boshlanish vaqti</translation>
        </message>
        <message>
            <source>place</source>
            <translation>joy</translation>
        </message>
        <message>
            <source>form</source>
            <translation>shakl</translation>
        </message>
        <message>
            <source>status</source>
            <translation>holat</translation>
        </message>
        <message>
            <source>full name</source>
            <translation>F.I.Sh.</translation>
        </message>
        <message>
            <source>short name</source>
            <translation>bosma shakli</translation>
        </message>
        <message>
            <source>position</source>
            <translation>lavozim</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>tashkilot</translation>
        </message>
        <message>
            <source>role</source>
            <translation>maqom</translation>
        </message>
        <message>
            <source>presence</source>
            <translation>ishtirok</translation>
        </message>
        <message>
            <source>note</source>
            <translation>izoh</translation>
        </message>
        <message>
            <source>title</source>
            <translation>nomi</translation>
        </message>
        <message>
            <source>discussion</source>
            <translation>muhokama</translation>
        </message>
        <message>
            <source>speaker</source>
            <translation>maʼruzachi</translation>
        </message>
        <message>
            <source>lead</source>
            <translation>kirish jumlasi</translation>
        </message>
        <message>
            <source>text of the report</source>
            <translation>maʼruza matni</translation>
        </message>
        <message>
            <source>indicator</source>
            <translation>koʻrsatkich</translation>
        </message>
        <message>
            <source>value</source>
            <translation>qiymat</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>birlik</translation>
        </message>
        <message>
            <source>period</source>
            <translation>davr</translation>
        </message>
        <message>
            <source>change</source>
            <translation>oʻzgarish</translation>
        </message>
        <message>
            <source>text</source>
            <translation>matn</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>tur</translation>
        </message>
        <message>
            <source>addressee</source>
            <translation>kimga</translation>
        </message>
        <message>
            <source>responsible</source>
            <translation>masʼul</translation>
        </message>
        <message>
            <source>deadline</source>
            <translation>muddat</translation>
        </message>
        <message>
            <source>agenda item</source>
            <translation>kun tartibi masalasi</translation>
        </message>
        <message>
            <source>follow-up status</source>
            <translation>ijro holati</translation>
        </message>
        <message>
            <source>status note</source>
            <translation>holat izohi</translation>
        </message>
        <message>
            <source>%1: moved (was %2)</source>
            <translation>%1: surildi (avval %2)</translation>
        </message>
        <message>
            <source>%1: added</source>
            <translation>%1: qoʻshildi</translation>
        </message>
        <message>
            <source>%1: removed</source>
            <translation>%1: oʻchirildi</translation>
        </message>
        <message>
            <source>%1: %2 added</source>
            <translation>%1: %2 qoʻshildi</translation>
        </message>
        <message>
            <source>%1: %2 removed</source>
            <translation>%1: %2 oʻchirildi</translation>
        </message>
        <message>
            <source>%1: %2 changed</source>
            <translation>%1: %2 oʻzgardi</translation>
        </message>
        <message>
            <source>No differences: the two texts are the same.</source>
            <translation>Farq yoʻq: ikkala matn bir xil.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s). Added words are underlined (green), removed words struck through (red).</source>
            <translation>
                <numerusform>%n ta oʻzgarish. Qoʻshilgan soʻzlarning tagiga chizilgan (yashil), oʻchirilganlari ustidan chizilgan (qizil).</numerusform>
                <numerusform>%n ta oʻzgarish. Qoʻshilgan soʻzlarning tagiga chizilgan (yashil), oʻchirilganlari ustidan chizilgan (qizil).</numerusform>
            </translation>
        </message>
        <message>
            <source>Appendix %1</source>
            <translation>Ilova %1</translation>
        </message>
        <message>
            <source>template: %1</source>
            <translation>shablon: %1</translation>
        </message>
        <message>
            <source>roll call %1</source>
            <translation>nomma-nom ovoz berish, %1-qator</translation>
        </message>
        <message>
            <source>dissenting opinion %1</source>
            <translation>%1-alohida fikr</translation>
        </message>
        <message>
            <source>end time</source>
            <translation>tugash vaqti</translation>
        </message>
        <message>
            <source>protocol form</source>
            <translation>bayon shakli</translation>
        </message>
        <message>
            <source>convened by</source>
            <translation>yigʻilishni chaqirgan</translation>
        </message>
        <message>
            <source>basis</source>
            <translation>asos</translation>
        </message>
        <message>
            <source>notification</source>
            <translation>xabardor qilish</translation>
        </message>
        <message>
            <source>number of members</source>
            <translation>aʼzolar soni</translation>
        </message>
        <message>
            <source>vote</source>
            <translation>ovoz berish</translation>
        </message>
        <message>
            <source>dissenting opinions</source>
            <translation>alohida fikrlar</translation>
        </message>
        <message>
            <source>title line</source>
            <translation>sarlavha qatori</translation>
        </message>
        <message>
            <source>resolution formula</source>
            <translation>qaror iborasi</translation>
        </message>
        <message>
            <source>chair's title</source>
            <translation>raisning unvoni</translation>
        </message>
        <message>
            <source>secretary's title</source>
            <translation>kotibning unvoni</translation>
        </message>
        <message>
            <source>members label</source>
            <translation>aʼzolar nomlanishi</translation>
        </message>
        <message>
            <source>approval block</source>
            <translation>tasdiqlash qismi</translation>
        </message>
        <message>
            <source>approver's position</source>
            <translation>tasdiqlovchining lavozimi</translation>
        </message>
        <message>
            <source>approver's name</source>
            <translation>tasdiqlovchining ismi</translation>
        </message>
        <message>
            <source>seal mark</source>
            <translation>muhr oʻrni</translation>
        </message>
        <message>
            <source>attendee list threshold</source>
            <translation>qatnashchilar roʻyxati chegarasi</translation>
        </message>
        <message>
            <source>numbering</source>
            <translation>raqamlash</translation>
        </message>
        <message>
            <source>resolution numbering</source>
            <translation>qarorlarni raqamlash</translation>
        </message>
        <message>
            <source>quorum</source>
            <translation>kvorum</translation>
        </message>
        <message>
            <source>quorum count</source>
            <translation>kvorum uchun son</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ha</translation>
        </message>
        <message>
            <source>for %1, against %2, abstained %3</source>
            <translation>rozi %1, qarshi %2, betaraf %3</translation>
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
        <message>
            <source>&amp;4 Appendices</source>
            <translation>&amp;4 Ilovalar</translation>
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
        <message>
            <source>Pri&amp;nted as:</source>
            <translation>&amp;Bayon shakli:</translation>
        </message>
        <message>
            <source>The form the protocol is printed in; switching it changes nothing else in the meeting</source>
            <translation>Bayon chop etiladigan shakl; uni almashtirish yigʻilishdagi boshqa hech narsani oʻzgartirmaydi</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Boshlanish vaqti</translation>
        </message>
        <message>
            <source>t&amp;o</source>
            <translation>&amp;tugashi:</translation>
        </message>
        <message>
            <source>End time</source>
            <translation>Tugash vaqti</translation>
        </message>
        <message>
            <source>When the meeting ended; printed with the start time when both are given</source>
            <translation>Yigʻilish tugagan vaqt; ikkalasi ham berilsa, boshlanish vaqti bilan birga chop etiladi</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>Ochilish</translation>
        </message>
        <message>
            <source>Con&amp;vened by:</source>
            <translation>Chaqir&amp;gan:</translation>
        </message>
        <message>
            <source>Who convened the meeting</source>
            <translation>Yigʻilishni kim chaqirgan</translation>
        </message>
        <message>
            <source>&amp;Members:</source>
            <translation>Aʼzolar so&amp;ni:</translation>
        </message>
        <message>
            <source>The body's members on the day of the meeting, for the quorum</source>
            <translation>Yigʻilish kunidagi organ aʼzolari soni, kvorum uchun</translation>
        </message>
        <message>
            <source>count the attendance</source>
            <translation>qatnashchilardan sanash</translation>
        </message>
        <message>
            <source>&amp;Basis:</source>
            <translation>Asos&amp;i:</translation>
        </message>
        <message>
            <source>A law's article, the charter</source>
            <translation>Qonun moddasi, nizom</translation>
        </message>
        <message>
            <source>Not&amp;ified:</source>
            <translation>&amp;Xabardor qilindi:</translation>
        </message>
        <message>
            <source>How and when the members were notified; printed as an appendix</source>
            <translation>Aʼzolar qanday va qachon xabardor qilingan; ilova sifatida chop etiladi</translation>
        </message>
        <message>
            <source>The notice sent to the members (printed as an appendix)</source>
            <translation>Aʼzolarga yuborilgan xabarnoma (ilova sifatida chop etiladi)</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>Kvorum</translation>
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
        <message>
            <source>%1 is in the roll call but is not a member of the body in this meeting's attendance: only members vote. Add them to the attendance as a member, or take them out of the roll call.</source>
            <translation>%1 ovoz berish roʻyxatida bor, lekin bu yigʻilish qatnashchilari orasida organ aʼzosi sifatida yoʻq: faqat aʼzolar ovoz beradi. Uni qatnashchilarga aʼzo sifatida qoʻshing yoki ovoz berish roʻyxatidan chiqaring.</translation>
        </message>
        <message>
            <source>%1 is in the roll call but is marked as not present: an absent member cannot vote. Correct the attendance or the roll call.</source>
            <translation>%1 ovoz berish roʻyxatida bor, lekin qatnashmagan deb belgilangan: qatnashmagan aʼzo ovoz bera olmaydi. Qatnashchilar yoki ovoz berish roʻyxatini tuzating.</translation>
        </message>
        <message>
            <source>There is no quorum: %1 of %2 members are present, at least %3 are needed. The meeting cannot decide; the protocol says “Kvorum mavjud emas”.</source>
            <translation>Kvorum yoʻq: %2 aʼzodan %1 nafari qatnashmoqda, kamida %3 nafari kerak. Yigʻilish qaror qabul qila olmaydi; bayonda “Kvorum mavjud emas” deb yoziladi.</translation>
        </message>
        <message>
            <source>An attached document needs its title.</source>
            <translation>Ilova qilingan hujjatning nomi boʻlishi kerak.</translation>
        </message>
        <message>
            <source>The text says “(ilova qilinadi)” %1 time(s) but %2 document(s) are attached: attach the missing ones, or the appendix will be on paper only.</source>
            <translation>Matnda “(ilova qilinadi)” %1 marta uchraydi, lekin %2 ta hujjat ilova qilingan: yetishmaganlarini ilova qiling, aks holda ilova faqat qogʻozda boʻladi.</translation>
        </message>
        <message>
            <source>%1 document(s) are attached but the text mentions only %2 with “(ilova qilinadi)”: the others are printed after them, mentioned nowhere.</source>
            <translation>%1 ta hujjat ilova qilingan, lekin matnda “(ilova qilinadi)” bilan faqat %2 tasi tilga olingan: qolganlari ulardan keyin chop etiladi va hech qayerda tilga olinmaydi.</translation>
        </message>
        <message>
            <source>Resolution %1 is to be followed up but names no one responsible.</source>
            <translation>%1-qaror ijrosi nazorat qilinishi kerak, lekin masʼul shaxs koʻrsatilmagan.</translation>
        </message>
        <message>
            <source>Resolution %1 is to be followed up but has no deadline.</source>
            <translation>%1-qaror ijrosi nazorat qilinishi kerak, lekin muddati koʻrsatilmagan.</translation>
        </message>
        <message>
            <source>Agenda item %1 has no speaker: add the report that was heard on it.</source>
            <translation>Kun tartibining %1-masalasida maʼruzachi yoʻq: unda eshitilgan maʼruzani qoʻshing.</translation>
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
        <name>MoveAppendixCommand</name>
        <message>
            <source>Move appendix</source>
            <translation>Ilovani surish</translation>
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
        <name>ProtocolPrinting</name>
        <message>
            <source>Print preview</source>
            <translation>Chop etishdan oldin koʻrish</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>Disk</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Nomaʼlum</translation>
        </message>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Jild</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <comment>All other platforms</comment>
            <translation>Yorliq</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Hammasini belgilash</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>Bir qadam y&amp;uqoriga</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>Bir qadam &amp;pastga</translation>
        </message>
    </context>
    <context>
        <name>QCupsJobWidget</name>
        <message>
            <source>Job</source>
            <translation>Vazifa</translation>
        </message>
        <message>
            <source>Job Control</source>
            <translation>Vazifani boshqarish</translation>
        </message>
        <message>
            <source>Scheduled printing:</source>
            <translation>Rejalashtirilgan chop etish:</translation>
        </message>
        <message>
            <source>Billing information:</source>
            <translation>Hisob maʼlumotlari:</translation>
        </message>
        <message>
            <source>Job priority:</source>
            <translation>Vazifa ustuvorligi:</translation>
        </message>
        <message>
            <source>Banner Pages</source>
            <translation>Titul varaqlari</translation>
        </message>
        <message>
            <source>End:</source>
            <translation>Oxirida:</translation>
        </message>
        <message>
            <source>Start:</source>
            <translation>Boshida:</translation>
        </message>
        <message>
            <source>Print Immediately</source>
            <translation>Darhol chop etish</translation>
        </message>
        <message>
            <source>Hold Indefinitely</source>
            <translation>Muddatsiz kechiktirish</translation>
        </message>
        <message>
            <source>Day (06:00 to 17:59)</source>
            <translation>Kunduzi (06:00 dan 17:59 gacha)</translation>
        </message>
        <message>
            <source>Night (18:00 to 05:59)</source>
            <translation>Kechasi (18:00 dan 05:59 gacha)</translation>
        </message>
        <message>
            <source>Second Shift (16:00 to 23:59)</source>
            <translation>Ikkinchi smena (16:00 dan 23:59 gacha)</translation>
        </message>
        <message>
            <source>Third Shift (00:00 to 07:59)</source>
            <translation>Uchinchi smena (00:00 dan 07:59 gacha)</translation>
        </message>
        <message>
            <source>Weekend (Saturday to Sunday)</source>
            <translation>Dam olish kunlari (shanba va yakshanba)</translation>
        </message>
        <message>
            <source>Specific Time</source>
            <translation>Belgilangan vaqtda</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Yoʻq</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standart</translation>
        </message>
        <message>
            <source>Unclassified</source>
            <translation>Maxfiy emas</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Konfidensial</translation>
        </message>
        <message>
            <source>Classified</source>
            <translation>Cheklangan</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Maxfiy</translation>
        </message>
        <message>
            <source>Top Secret</source>
            <translation>Oʻta maxfiy</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation>Joylashuv:</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Orqaga</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Orqaga qaytish</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Oldinga</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Oldinga oʻtish</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Yuqori jild</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Yuqori jildga oʻtish</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Yangi jild yaratish</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Yangi jild yaratish</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Roʻyxat</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Roʻyxat koʻrinishiga oʻtish</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Batafsil</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Batafsil koʻrinishga oʻtish</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Yon panel</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Joylar va xatchoʻplar roʻyxati</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Fayllar</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Fayl turi:</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Jildni tanlash</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ochish</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Boshqacha saqlash</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ochish</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Saqlash</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Tanlash</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>Fayl &amp;nomi:</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Jild:</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Nomini oʻzgartirish</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>Oʻ&amp;chirish</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>&amp;Yashirin fayllarni koʻrsatish</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>Yangi &amp;jild</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Yangi jild</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Barcha fayllar (*)</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Jildlar</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Soʻnggi joylar</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Olib tashlash</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Oʻchirish</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>“%1” oʻchirilsinmi?</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>“%1” yozishdan himoyalangan.
Baribir oʻchirilsinmi?</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Jildni oʻchirib boʻlmadi.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 allaqachon mavjud.
Uni almashtirasizmi?</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Fayl topilmadi.
Fayl nomi toʻgʻri berilganini tekshiring.</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Jild topilmadi.
Jild nomi toʻgʻri berilganini tekshiring.</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Nomi</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Hajmi</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Oʻzgartirilgan sana</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Kompyuter</translation>
        </message>
        <message>
            <source>Type</source>
            <comment>All other platforms</comment>
            <translation>Turi</translation>
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
            <translation>&amp;Saqlash</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Bekor qilish</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Yopish</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Saqlamasdan yopish</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Bekor qilish</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Qaytarish</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Kesib olish</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Nusxa olish</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>Qoʻ&amp;yish</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Oʻchirish</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Hammasini belgilash</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Tafsilotlarni koʻrsatish...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Tafsilotlarni yashirish...</translation>
        </message>
    </context>
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <source>Paper</source>
            <translation>Qogʻoz</translation>
        </message>
        <message>
            <source>Page size:</source>
            <translation>Sahifa oʻlchami:</translation>
        </message>
        <message>
            <source>Width:</source>
            <translation>Kengligi:</translation>
        </message>
        <message>
            <source>Height:</source>
            <translation>Balandligi:</translation>
        </message>
        <message>
            <source>Paper source:</source>
            <translation>Qogʻoz manbai:</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Yoʻnalish</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Boʻyiga</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Eniga</translation>
        </message>
        <message>
            <source>Reverse landscape</source>
            <translation>Teskari eniga</translation>
        </message>
        <message>
            <source>Reverse portrait</source>
            <translation>Teskari boʻyiga</translation>
        </message>
        <message>
            <source>Margins</source>
            <translation>Hoshiyalar</translation>
        </message>
        <message>
            <source>top margin</source>
            <translation>yuqori hoshiya</translation>
        </message>
        <message>
            <source>left margin</source>
            <translation>chap hoshiya</translation>
        </message>
        <message>
            <source>right margin</source>
            <translation>oʻng hoshiya</translation>
        </message>
        <message>
            <source>bottom margin</source>
            <translation>pastki hoshiya</translation>
        </message>
        <message>
            <source>Page Layout</source>
            <translation>Sahifalar joylashuvi</translation>
        </message>
        <message>
            <source>Page order:</source>
            <translation>Sahifalar tartibi:</translation>
        </message>
        <message>
            <source>Pages per sheet:</source>
            <translation>Varaqdagi sahifalar:</translation>
        </message>
        <message>
            <source>Millimeters (mm)</source>
            <translation>Millimetr (mm)</translation>
        </message>
        <message>
            <source>Inches (in)</source>
            <translation>Dyuym (in)</translation>
        </message>
        <message>
            <source>Points (pt)</source>
            <translation>Punkt (pt)</translation>
        </message>
        <message>
            <source>Pica (P̸)</source>
            <translation>Pika (P̸)</translation>
        </message>
        <message>
            <source>Didot (DD)</source>
            <translation>Dido (DD)</translation>
        </message>
        <message>
            <source>Cicero (CC)</source>
            <translation>Sitsero (CC)</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Maxsus</translation>
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
            <translation>Saqlash</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Hammasini saqlash</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ochish</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ha</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ha&amp;mmasiga ha</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Yoʻq</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Hammasiga yoʻ&amp;q</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Toʻxtatish</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Qayta urinish</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Oʻtkazib yuborish</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Yopish</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Bekor qilish</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Saqlamaslik</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Yordam</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Qoʻllash</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Qayta oʻrnatish</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Standart qiymatlarni tiklash</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>Print</source>
            <translation>Chop etish</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Chop etish</translation>
        </message>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation>&amp;Parametrlar &gt;&gt;</translation>
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation>&amp;Parametrlar &lt;&lt;</translation>
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation>Faylga chop etish (PDF)</translation>
        </message>
        <message>
            <source>Local file</source>
            <translation>Mahalliy fayl</translation>
        </message>
        <message>
            <source>Write PDF file</source>
            <translation>PDF fayl yozish</translation>
        </message>
        <message>
            <source>Print To File ...</source>
            <translation>Faylga chop etish ...</translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation>Barcha sahifalar</translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation>Toq sahifalar</translation>
        </message>
        <message>
            <source>Even Pages</source>
            <translation>Juft sahifalar</translation>
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 — jild.
Boshqa fayl nomini tanlang.</translation>
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>%1 fayliga yozib boʻlmaydi.
Boshqa fayl nomini tanlang.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>%1 allaqachon mavjud.
Uning ustidan yozilsinmi?</translation>
        </message>
        <message>
            <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
            <translation>“Varaqdagi sahifalar” va “Sahifalar toʻplami” parametrlarini birga ishlatib boʻlmaydi.
Ulardan birini oʻchiring.</translation>
        </message>
        <message>
            <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
            <translation>%1 notoʻgʻri yozilgan. Sahifa va oraliqlarni “,” bilan ajrating, oraliqni “-” bilan bering va oraliqlar bir-birini kesib oʻtmasin.</translation>
        </message>
        <message>
            <source>Invalid Pages Definition</source>
            <translation>Sahifalar notoʻgʻri koʻrsatilgan</translation>
        </message>
        <message>
            <source>Duplex Settings Conflicts</source>
            <translation>Ikki tomonlama chop etish sozlamalarida ziddiyat</translation>
        </message>
        <message>
            <source>There are conflicts in duplex settings. Do you want to fix them?</source>
            <translation>Ikki tomonlama chop etish sozlamalarida ziddiyatlar bor. Ularni tuzatasizmi?</translation>
        </message>
        <message>
            <source>Left to Right, Top to Bottom</source>
            <translation>Chapdan oʻngga, yuqoridan pastga</translation>
        </message>
        <message>
            <source>Left to Right, Bottom to Top</source>
            <translation>Chapdan oʻngga, pastdan yuqoriga</translation>
        </message>
        <message>
            <source>Right to Left, Bottom to Top</source>
            <translation>Oʻngdan chapga, pastdan yuqoriga</translation>
        </message>
        <message>
            <source>Right to Left, Top to Bottom</source>
            <translation>Oʻngdan chapga, yuqoridan pastga</translation>
        </message>
        <message>
            <source>Bottom to Top, Left to Right</source>
            <translation>Pastdan yuqoriga, chapdan oʻngga</translation>
        </message>
        <message>
            <source>Bottom to Top, Right to Left</source>
            <translation>Pastdan yuqoriga, oʻngdan chapga</translation>
        </message>
        <message>
            <source>Top to Bottom, Left to Right</source>
            <translation>Yuqoridan pastga, chapdan oʻngga</translation>
        </message>
        <message>
            <source>Top to Bottom, Right to Left</source>
            <translation>Yuqoridan pastga, oʻngdan chapga</translation>
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <source>Print Preview</source>
            <translation>Chop etishdan oldin koʻrish</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Keyingi sahifa</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Oldingi sahifa</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>Birinchi sahifa</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>Oxirgi sahifa</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Kengligiga moslash</translation>
        </message>
        <message>
            <source>Fit page</source>
            <translation>Sahifaga moslash</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Kattalashtirish</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Kichiklashtirish</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Boʻyiga</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Eniga</translation>
        </message>
        <message>
            <source>Show single page</source>
            <translation>Bitta sahifani koʻrsatish</translation>
        </message>
        <message>
            <source>Show facing pages</source>
            <translation>Yonma-yon sahifalarni koʻrsatish</translation>
        </message>
        <message>
            <source>Show overview of all pages</source>
            <translation>Barcha sahifalarni umumiy koʻrsatish</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Chop etish</translation>
        </message>
        <message>
            <source>Page setup</source>
            <translation>Sahifa sozlamalari</translation>
        </message>
        <message>
            <source>Page Setup</source>
            <translation>Sahifa sozlamalari</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesDialog</name>
        <message>
            <source>Printer Properties</source>
            <translation>Printer xossalari</translation>
        </message>
        <message>
            <source>Job Options</source>
            <translation>Vazifa parametrlari</translation>
        </message>
        <message>
            <source>Page Setup Conflicts</source>
            <translation>Sahifa sozlamalarida ziddiyat</translation>
        </message>
        <message>
            <source>There are conflicts in page setup options. Do you want to fix them?</source>
            <translation>Sahifa sozlamalarida ziddiyatlar bor. Ularni tuzatasizmi?</translation>
        </message>
        <message>
            <source>Advanced Option Conflicts</source>
            <translation>Qoʻshimcha sozlamalarda ziddiyat</translation>
        </message>
        <message>
            <source>There are conflicts in some advanced options. Do you want to fix them?</source>
            <translation>Baʼzi qoʻshimcha sozlamalarda ziddiyatlar bor. Ularni tuzatasizmi?</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesWidget</name>
        <message>
            <source>Page</source>
            <translation>Sahifa</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Qoʻshimcha</translation>
        </message>
        <message>
            <source>There are conflicts in some options. Please fix them.</source>
            <translation>Baʼzi sozlamalarda ziddiyatlar bor. Ularni tuzating.</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Copies</source>
            <translation>Nusxalar</translation>
        </message>
        <message>
            <source>Print range</source>
            <translation>Chop etish oraligʻi</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>Hammasi</translation>
        </message>
        <message>
            <source>Pages from</source>
            <translation>Sahifalar:</translation>
        </message>
        <message>
            <source>to</source>
            <translation>–</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Sahifalar</translation>
        </message>
        <message>
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>Sahifalar yoki oraliqlarni vergul bilan ajratib kiriting. Oraliq chiziqcha bilan ajratilgan ikki son bilan beriladi. Masalan, 3,5-7,9 bilan 3, 5, 6, 7 va 9-sahifalar chop etiladi.</translation>
        </message>
        <message>
            <source>Current Page</source>
            <translation>Joriy sahifa</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Belgilangan qism</translation>
        </message>
        <message>
            <source>Page Set:</source>
            <translation>Sahifalar toʻplami:</translation>
        </message>
        <message>
            <source>Output Settings</source>
            <translation>Chiqish sozlamalari</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Nusxalar soni:</translation>
        </message>
        <message>
            <source>Collate</source>
            <translation>Nusxalab terish</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>Teskari tartibda</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Parametrlar</translation>
        </message>
        <message>
            <source>Color Mode</source>
            <translation>Rang rejimi</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>Rangli</translation>
        </message>
        <message>
            <source>Grayscale</source>
            <translation>Kulrang tuslarda</translation>
        </message>
        <message>
            <source>Double Sided Printing</source>
            <translation>Ikki tomonlama chop etish</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Oʻchiq</translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation>Uzun tomonidan tikish</translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation>Qisqa tomonidan tikish</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>Printer</source>
            <translation>Printer</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nomi:</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>&amp;Xossalari</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Joylashuvi:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Turi:</translation>
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation>Chiqish &amp;fayli:</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Oldindan koʻrish</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Scroll here</source>
            <translation>Shu yerga aylantirish</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>Chap chetga</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>Eng yuqoriga</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>Oʻng chetga</translation>
        </message>
        <message>
            <source>Bottom</source>
            <translation>Eng pastga</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>Bir sahifa chapga</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>Bir sahifa yuqoriga</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>Bir sahifa oʻngga</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>Bir sahifa pastga</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>Chapga aylantirish</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>Yuqoriga aylantirish</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>Oʻngga aylantirish</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>Pastga aylantirish</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Bekor qilish</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Qaytarish</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Kesib olish</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Nusxa olish</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Havola &amp;manzilini nusxalash</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>Qoʻ&amp;yish</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Oʻchirish</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Hammasini belgilash</translation>
        </message>
    </context>
    <context>
        <name>Remark</name>
        <message>
            <source>Meeting %1 is %2: remarks are written on a protocol in review.</source>
            <translation>%1-yigʻilish holati: %2. Mulohazalar koʻrib chiqishdagi bayonga yoziladi.</translation>
        </message>
        <message>
            <source>The remark has no text.</source>
            <translation>Mulohazada matn yoʻq.</translation>
        </message>
        <message>
            <source>The remark has no reviewer's name.</source>
            <translation>Mulohazada koʻrib chiquvchining ismi yoʻq.</translation>
        </message>
    </context>
    <context>
        <name>RemarkDialog</name>
        <message>
            <source>Add a remark</source>
            <translation>Mulohaza qoʻshish</translation>
        </message>
        <message>
            <source>&amp;Remark:</source>
            <translation>&amp;Mulohaza:</translation>
        </message>
        <message>
            <source>What should change in this part, and why</source>
            <translation>Bu qismda nima oʻzgarishi kerak va nega</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>&amp;Ismingiz:</translation>
        </message>
        <message>
            <source>Kept for the next remarks too (Preferences ▸ Your name)</source>
            <translation>Keyingi mulohazalar uchun ham saqlanadi (Sozlamalar ▸ Ismingiz)</translation>
        </message>
    </context>
    <context>
        <name>RemarkLocator</name>
        <message>
            <source>"%1" is not a complete part name.</source>
            <translation>“%1” — qismning toʻliq nomi emas.</translation>
        </message>
        <message>
            <source>Meeting %1 has no %2: %3.</source>
            <translation>%1-yigʻilishda %2 yoʻq: %3.</translation>
        </message>
        <message>
            <source>it has %1 resolution(s)</source>
            <translation>unda %1 ta qaror bor</translation>
        </message>
        <message>
            <source>it has %1 appendix(es)</source>
            <translation>unda %1 ta ilova bor</translation>
        </message>
        <message>
            <source>its agenda has %1 item(s)</source>
            <translation>kun tartibida %1 ta masala bor</translation>
        </message>
        <message>
            <source>agenda item %1 has %2 report(s)</source>
            <translation>kun tartibining %1-masalasida %2 ta maʼruza bor</translation>
        </message>
        <message>
            <source>report %1.%2 has %3 KPI row(s)</source>
            <translation>%1.%2-maʼruzada %3 ta koʻrsatkich qatori bor</translation>
        </message>
    </context>
    <context>
        <name>RemarkPart</name>
        <message>
            <source>No part was given; a part is one of: %1.</source>
            <translation>Qism koʻrsatilmagan; qism quyidagilardan biri: %1.</translation>
        </message>
        <message>
            <source>"%1" is not a part of a protocol; a part is one of: %2.</source>
            <translation>“%1” bayonning qismi emas; qism quyidagilardan biri: %2.</translation>
        </message>
        <message>
            <source>"%1": the meeting as a whole takes no number; write "meeting".</source>
            <translation>“%1”: yigʻilish butunligicha raqam olmaydi; “meeting” deb yozing.</translation>
        </message>
        <message>
            <source>a report is named by the number of its agenda item and its own</source>
            <translation>maʼruza kun tartibi masalasining raqami va oʻz raqami bilan nomlanadi</translation>
        </message>
        <message>
            <source>a KPI row is named by the numbers of its agenda item, its report and its row</source>
            <translation>koʻrsatkich qatori masala, maʼruza va qator raqamlari bilan nomlanadi</translation>
        </message>
        <message>
            <source>an agenda item is named by its number</source>
            <translation>kun tartibi masalasi oʻz raqami bilan nomlanadi</translation>
        </message>
        <message>
            <source>an appendix is named by its number</source>
            <translation>ilova oʻz raqami bilan nomlanadi</translation>
        </message>
        <message>
            <source>a resolution is named by its number</source>
            <translation>qaror oʻz raqami bilan nomlanadi</translation>
        </message>
        <message>
            <source>"%1": %2, as in "%3".</source>
            <translation>“%1”: %2, masalan “%3”.</translation>
        </message>
        <message>
            <source>"%1": "%2" is not a number as printed (1, 2, 3 …).</source>
            <translation>“%1”: “%2” chop etilgandagi raqam emas (1, 2, 3 …).</translation>
        </message>
    </context>
    <context>
        <name>RemarksPanel</name>
        <message>
            <source>&amp;Take back</source>
            <translation>&amp;Qaytarib olish</translation>
        </message>
        <message>
            <source>Remove the selected remark before it is sent</source>
            <translation>Tanlangan mulohazani joʻnatilishidan oldin olib tashlash</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>Q&amp;abul qilish</translation>
        </message>
        <message>
            <source>The remark is taken into the protocol</source>
            <translation>Mulohaza bayonga kiritiladi</translation>
        </message>
        <message>
            <source>Re&amp;ject</source>
            <translation>&amp;Rad etish</translation>
        </message>
        <message>
            <source>The remark is not taken into the protocol</source>
            <translation>Mulohaza bayonga kiritilmaydi</translation>
        </message>
        <message>
            <source>&amp;Noted</source>
            <translation>&amp;Eʼtiborga olindi</translation>
        </message>
        <message>
            <source>The remark was read; nothing in the protocol changes for it</source>
            <translation>Mulohaza oʻqildi; bayonda u tufayli hech narsa oʻzgarmaydi</translation>
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
        <name>RestoreRevisionCommand</name>
        <message>
            <source>Restore revision %1</source>
            <translation>%1-tahrirni tiklash</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Sign the protocol</source>
            <translation>Bayonni imzolash</translation>
        </message>
        <message>
            <source>Signed &amp;on:</source>
            <translation>&amp;Imzolangan sana:</translation>
        </message>
        <message>
            <source>&amp;Scan of the signed copy:</source>
            <translation>Imzolangan nusxa &amp;skani:</translation>
        </message>
        <message>
            <source>Optional: PDF, PNG or JPEG; it can be attached later too</source>
            <translation>Ixtiyoriy: PDF, PNG yoki JPEG; keyinroq ham biriktirish mumkin</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Tanlash…</translation>
        </message>
    </context>
    <context>
        <name>StatusWorkflow</name>
        <message>
            <source>draft</source>
            <translation>loyiha</translation>
        </message>
        <message>
            <source>in review</source>
            <translation>koʻrib chiqishda</translation>
        </message>
        <message>
            <source>final</source>
            <translation>yakuniy</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>imzolangan</translation>
        </message>
        <message>
            <source>The meeting is already %1.</source>
            <translation>Yigʻilish allaqachon «%1» holatida.</translation>
        </message>
        <message>
            <source>The meeting is %1: going back to draft reopens it, which needs a reason.</source>
            <translation>Yigʻilish holati: %1. Loyihaga qaytarish uni qayta ochadi, buning uchun sabab kerak.</translation>
        </message>
        <message>
            <source>A draft goes to review first.</source>
            <translation>Loyiha avval koʻrib chiqishga yuboriladi.</translation>
        </message>
        <message>
            <source>A meeting in review can be finalised or sent back to draft.</source>
            <translation>Koʻrib chiqishdagi yigʻilishni yakunlash yoki loyihaga qaytarish mumkin.</translation>
        </message>
        <message>
            <source>A final meeting can be signed, or reopened as a draft with a reason.</source>
            <translation>Yakuniy yigʻilishni imzolash yoki sabab koʻrsatib loyiha sifatida qayta ochish mumkin.</translation>
        </message>
        <message>
            <source>A signed meeting can only be reopened as a draft, with a reason.</source>
            <translation>Imzolangan yigʻilishni faqat sabab koʻrsatib loyiha sifatida qayta ochish mumkin.</translation>
        </message>
        <message>
            <source>A meeting cannot go from %1 to %2. %3</source>
            <translation>Yigʻilish «%1» holatidan «%2» holatiga oʻta olmaydi. %3</translation>
        </message>
        <message>
            <source>Only a final or signed meeting is reopened; this one is %1 and can be edited.</source>
            <translation>Faqat yakuniy yoki imzolangan yigʻilish qayta ochiladi; bu yigʻilish holati: %1, uni tahrirlash mumkin.</translation>
        </message>
        <message>
            <source>Reopening a %1 meeting needs a reason; it is kept in the audit log.</source>
            <translation>Holati «%1» boʻlgan yigʻilishni qayta ochish uchun sabab kerak; u audit jurnalida saqlanadi.</translation>
        </message>
    </context>
    <context>
        <name>VoteValidator</name>
        <message>
            <source>A unanimous vote needs members present; the attendance has none.</source>
            <translation>Bir ovozdan qabul qilish uchun qatnashgan aʼzolar kerak; qatnashchilar roʻyxatida ular yoʻq.</translation>
        </message>
        <message>
            <source>A vote count cannot be negative.</source>
            <translation>Ovozlar soni manfiy boʻlishi mumkin emas.</translation>
        </message>
        <message>
            <source>Every line of a roll call names the member who voted.</source>
            <translation>Nomma-nom ovoz berishning har bir qatorida ovoz bergan aʼzo koʻrsatiladi.</translation>
        </message>
        <message>
            <source>%1 is listed twice in the roll call.</source>
            <translation>%1 nomma-nom ovoz berishda ikki marta koʻrsatilgan.</translation>
        </message>
        <message>
            <source>%1 votes were counted (for %2, against %3, abstained %4), but only %5 members are present. Correct the counts or the attendance.</source>
            <translation>%1 ta ovoz hisoblangan (rozi %2, qarshi %3, betaraf %4), lekin faqat %5 nafar aʼzo qatnashgan. Ovozlar sonini yoki qatnashchilar roʻyxatini tuzating.</translation>
        </message>
        <message>
            <source>The vote has no votes counted; enter the counts or choose “unanimously”.</source>
            <translation>Ovozlar hisoblanmagan; sonlarini kiriting yoki “bir ovozdan”ni tanlang.</translation>
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
            <source>Show the decisions register (with --screenshot: its picture).</source>
            <translation>Qarorlar reestrini koʻrsatish (--screenshot bilan: uning rasmi).</translation>
        </message>
        <message>
            <source>A database or a review copy (.bayon, opened read-only) to open, or a meeting (.json) to import.</source>
            <translation>Ochiladigan maʼlumotlar bazasi yoki koʻrib chiqish nusxasi (.bayon, faqat oʻqish uchun ochiladi) yoki import qilinadigan yigʻilish (.json).</translation>
        </message>
    </context>
</TS>
