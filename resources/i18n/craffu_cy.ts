<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>actions</name>
    <message>
        <location filename="../../gui/action_table.py" line="109"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="109"/>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="110"/>
        <source>&amp;Period</source>
        <translation>&amp;Cyfnod</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="110"/>
        <source>&amp;View</source>
        <translation>G&amp;olwg</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="111"/>
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="111"/>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="115"/>
        <source>Show the {page} page</source>
        <extracomment>The tip of each Go ▸ page action (``{page}``: the page&apos;s name).</extracomment>
        <translation>Dangos y dudalen {page}</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="119"/>
        <source>&amp;Scorecard</source>
        <extracomment>The navigator&apos;s pages in its order, with their words and shortcuts (the Go menu).</extracomment>
        <translation>&amp;Cerdyn sgorio</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="120"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dangosfwrdd</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="123"/>
        <source>&amp;Indicator definitions</source>
        <translation>Diffiniadau&apos;r &amp;dangosyddion</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="125"/>
        <source>&amp;Targets</source>
        <translation>&amp;Targedau</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="126"/>
        <source>&amp;Commentary</source>
        <translation>&amp;Sylwebaeth</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="128"/>
        <source>Co&amp;mmitments</source>
        <translation>&amp;Ymrwymiadau</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="131"/>
        <source>B&amp;udget update</source>
        <translation>Diweddariad y &amp;gyllideb</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="132"/>
        <source>&amp;Breakdowns</source>
        <translation>Dad&amp;ansoddiadau</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="133"/>
        <source>S&amp;napshots</source>
        <translation>C&amp;iplun</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="134"/>
        <source>N&amp;arratives</source>
        <translation>&amp;Naratifau</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="135"/>
        <source>&amp;Key areas</source>
        <translation>Meysydd a&amp;llweddol</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="136"/>
        <source>Cover &amp;report</source>
        <translation>Ad&amp;roddiad clawr</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="137"/>
        <source>Se&amp;ttings</source>
        <translation>Gosodia&amp;dau</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="144"/>
        <source>&amp;New pack…</source>
        <extracomment>Action id -&gt; navigator page.</extracomment>
        <translation>Pecyn &amp;newydd…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="145"/>
        <source>Create an empty pack file</source>
        <translation>Creu ffeil pecyn wag</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="148"/>
        <source>&amp;Open pack…</source>
        <translation>&amp;Agor pecyn…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="149"/>
        <source>Open a pack file</source>
        <translation>Agor ffeil pecyn</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="152"/>
        <source>Open &amp;recent</source>
        <translation>Agor pecyn &amp;diweddar</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="153"/>
        <source>Packs opened lately</source>
        <translation>Pecynnau a agorwyd yn ddiweddar</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="156"/>
        <source>Open ser&amp;ver pack…</source>
        <translation>Agor pecyn ar y &amp;gweinydd…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="157"/>
        <source>Open a pack on the council&apos;s PostgreSQL server, shared by the team</source>
        <translation>Agor pecyn ar weinydd PostgreSQL y cyngor, a rennir gan y tîm</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="162"/>
        <source>Save a &amp;copy as…</source>
        <translation>Cadw &amp;copi fel…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="163"/>
        <source>Every change is already saved; this writes a copy of the pack to another file</source>
        <translation>Mae pob newid wedi&apos;i gadw eisoes; mae hyn yn ysgrifennu copi o&apos;r pecyn i ffeil arall</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="171"/>
        <source>&amp;Import workbook, template or CSV…</source>
        <translation>&amp;Mewnforio llyfr gwaith, templed neu CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="172"/>
        <source>Import the interchange format or a filled data-collection template, with a preview of the changes</source>
        <translation>Mewnforio&apos;r fformat cyfnewid neu dempled casglu data wedi&apos;i lenwi, gyda rhagolwg o&apos;r newidiadau</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="180"/>
        <source>Import a CSV &amp;folder…</source>
        <translation>Mewnforio &amp;ffolder CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="181"/>
        <source>Import a folder of interchange CSV files (Indicators.csv, Values.csv …) together, with a preview of the changes</source>
        <translation>Mewnforio ffolder o ffeiliau CSV cyfnewid (Indicators.csv, Values.csv …) gyda&apos;i gilydd, gyda rhagolwg o&apos;r newidiadau</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="190"/>
        <source>&amp;Export pack as workbook…</source>
        <translation>&amp;Allforio&apos;r pecyn fel llyfr gwaith…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="191"/>
        <source>Write the whole pack in the interchange format (.xlsx)</source>
        <translation>Ysgrifennu&apos;r pecyn cyfan yn y fformat cyfnewid (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="196"/>
        <source>Export scorecard as CS&amp;V…</source>
        <translation>Allforio&apos;r cerdyn sgorio fel CS&amp;V…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="197"/>
        <source>Write the period&apos;s scorecard as CSV</source>
        <translation>Ysgrifennu cerdyn sgorio&apos;r cyfnod fel CSV</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="200"/>
        <source>Export Excel re&amp;turn…</source>
        <translation>Allforio ffurflen Ex&amp;cel…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="201"/>
        <source>Write the period&apos;s return as an Excel workbook: cover, scorecard with statuses, breakdowns, snapshots, commitments and five-year trends</source>
        <translation>Ysgrifennu ffurflen y cyfnod fel llyfr gwaith Excel: clawr, cerdyn sgorio gyda statws, dadansoddiadau, cipluniau, ymrwymiadau a thueddiadau pum mlynedd</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="210"/>
        <source>Export data-collection te&amp;mplate…</source>
        <translation>Allforio &amp;templed casglu data…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="211"/>
        <source>Write a workbook for a service to fill with the period&apos;s figures; import it back with Import</source>
        <translation>Ysgrifennu llyfr gwaith i wasanaeth ei lenwi â ffigurau&apos;r cyfnod; ei fewnforio&apos;n ôl gyda Mewnforio</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="220"/>
        <source>Export texts for Wel&amp;sh translation…</source>
        <translation>Allforio te&amp;stunau i&apos;w cyfieithu i&apos;r Gymraeg…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="221"/>
        <source>Write the period&apos;s texts that have no Welsh to a workbook for a translator: each field, its English and a blank Welsh cell</source>
        <translation>Ysgrifennu testunau&apos;r cyfnod sydd heb Gymraeg i lyfr gwaith ar gyfer cyfieithydd: pob maes, ei Saesneg a chell Gymraeg wag</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="230"/>
        <source>Import Welsh trans&amp;lation…</source>
        <translation>Mewnforio c&amp;yfieithiad Cymraeg…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="231"/>
        <source>Import a translator&apos;s filled workbook, with a preview of every text&apos;s Welsh</source>
        <translation>Mewnforio llyfr gwaith wedi&apos;i lenwi gan gyfieithydd, gyda rhagolwg o Gymraeg pob testun</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="238"/>
        <source>Pre&amp;view scorecard</source>
        <translation>Rhag&amp;weld y cerdyn sgorio</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="239"/>
        <source>Show the period&apos;s scorecard PDF as it will print</source>
        <translation>Dangos PDF cerdyn sgorio&apos;r cyfnod fel y caiff ei argraffu</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="243"/>
        <source>Previe&amp;w committee pack</source>
        <translation>Rhagweld pecyn y p&amp;wyllgor</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="244"/>
        <source>Show the full committee pack PDF (cover report and appendices)</source>
        <translation>Dangos PDF pecyn llawn y pwyllgor (adroddiad clawr ac atodiadau)</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="251"/>
        <source>Export scorecard P&amp;DF…</source>
        <translation>Allforio P&amp;DF y cerdyn sgorio…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="252"/>
        <source>Write the period&apos;s scorecard as a PDF (A4 landscape)</source>
        <translation>Ysgrifennu cerdyn sgorio&apos;r cyfnod fel PDF (A4 tirlun)</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="257"/>
        <source>Export committee pac&amp;k PDF…</source>
        <translation>Allforio PDF pecyn y pwyll&amp;gor…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="258"/>
        <source>Write the full committee pack as a PDF: cover report, scorecard, dashboard, key areas, commitments, breakdowns and target rationale</source>
        <translation>Ysgrifennu pecyn llawn y pwyllgor fel PDF: adroddiad clawr, cerdyn sgorio, dangosfwrdd, meysydd allweddol, ymrwymiadau, dadansoddiadau a sail resymegol y targedau</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="266"/>
        <source>Export &amp;HTML edition…</source>
        <translation>Allforio&apos;r fersiwn &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="267"/>
        <source>Write the committee pack as one accessible web page (HTML) to publish online: headings, tables and charts a screen reader can read</source>
        <translation>Ysgrifennu pecyn y pwyllgor fel un dudalen we hygyrch (HTML) i&apos;w chyhoeddi ar-lein: penawdau, tablau a siartiau y gall darllenydd sgrin eu darllen</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="275"/>
        <source>&amp;Print scorecard…</source>
        <translation>A&amp;rgraffu&apos;r cerdyn sgorio…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="276"/>
        <source>Preview the scorecard PDF and print those same pages</source>
        <translation>Rhagweld PDF y cerdyn sgorio ac argraffu&apos;r un tudalennau hynny</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="280"/>
        <source>Print committee p&amp;ack…</source>
        <translation>Argraffu pecyn y p&amp;wyllgor…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="281"/>
        <source>Preview the committee pack PDF (cover report and appendices) and print those same pages</source>
        <translation>Rhagweld PDF pecyn y pwyllgor (adroddiad clawr ac atodiadau) ac argraffu&apos;r un tudalennau hynny</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="289"/>
        <source>Pu&amp;blish…</source>
        <translation>Cy&amp;hoeddi…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="290"/>
        <source>Make the period&apos;s published edition (papers, Excel return, CSV) once it is final and its checks report no errors; shows what changed since it was published</source>
        <translation>Gwneud fersiwn gyhoeddedig y cyfnod (papurau, ffurflen Excel, CSV) unwaith y bydd yn derfynol a&apos;i wiriadau&apos;n dangos dim gwallau; yn dangos beth sydd wedi newid ers ei gyhoeddi</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="299"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="300"/>
        <source>Close Craffu (every change is saved)</source>
        <translation>Cau Craffu (mae pob newid wedi&apos;i gadw)</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="304"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="305"/>
        <source>Undo the last change</source>
        <translation>Dadwneud y newid diwethaf</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="309"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="310"/>
        <source>Redo the change last undone</source>
        <translation>Ail-wneud y newid a ddadwnaed ddiwethaf</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="314"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="315"/>
        <source>Copy the selected cells as tab-separated text</source>
        <translation>Copïo&apos;r celloedd a ddewiswyd fel testun wedi&apos;i wahanu gan dabiau</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="319"/>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="320"/>
        <source>Paste figures copied from Excel or LibreOffice at the current cell</source>
        <translation>Gludo ffigurau a gopïwyd o Excel neu LibreOffice yn y gell bresennol</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="326"/>
        <source>&amp;Find…</source>
        <translation>Dod o &amp;hyd i…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="327"/>
        <source>Filter the scorecard by text</source>
        <translation>Hidlo&apos;r cerdyn sgorio yn ôl testun</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="330"/>
        <source>Pr&amp;eferences…</source>
        <translation>D&amp;ewisiadau…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="331"/>
        <source>Settings of this computer</source>
        <translation>Gosodiadau&apos;r cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="335"/>
        <source>&amp;Previous quarter</source>
        <translation>Y chwarter &amp;blaenorol</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="336"/>
        <source>Show the quarter before</source>
        <translation>Dangos y chwarter cynt</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="339"/>
        <source>&amp;Next quarter</source>
        <translation>Y chwarter &amp;nesaf</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="340"/>
        <source>Show the quarter after</source>
        <translation>Dangos y chwarter wedyn</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="343"/>
        <source>&amp;Mark period final</source>
        <translation>&amp;Nodi bod y cyfnod yn derfynol</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="344"/>
        <source>Make this period&apos;s figures and commentary read-only (recorded in the history)</source>
        <translation>Gwneud ffigurau a sylwebaeth y cyfnod hwn yn ddarllen yn unig (wedi&apos;i gofnodi yn yr hanes)</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="351"/>
        <source>&amp;Reopen period</source>
        <translation>&amp;Ailagor y cyfnod</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="352"/>
        <source>Allow changes to this period&apos;s figures again (recorded in the history)</source>
        <translation>Caniatáu newidiadau i ffigurau&apos;r cyfnod hwn eto (wedi&apos;i gofnodi yn yr hanes)</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="358"/>
        <source>Run &amp;checks</source>
        <translation>Rhedeg y g&amp;wiriadau</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="359"/>
        <source>Check the period before publishing</source>
        <translation>Gwirio&apos;r cyfnod cyn cyhoeddi</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="362"/>
        <source>&amp;Group order</source>
        <translation>Trefn y &amp;grwpiau</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="363"/>
        <source>Put the scorecard back in the papers&apos; order, by group (after sorting by a column)</source>
        <translation>Rhoi&apos;r cerdyn sgorio yn ôl yn nhrefn y papurau, fesul grŵp (ar ôl trefnu yn ôl colofn)</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="370"/>
        <source>Zoom &amp;in</source>
        <translation>Chwyddo &amp;i mewn</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="371"/>
        <source>Larger text in the grids (remembered)</source>
        <translation>Testun mwy yn y gridiau (caiff ei gofio)</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="374"/>
        <source>Zoom &amp;out</source>
        <translation>Chwyddo &amp;allan</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="375"/>
        <source>Smaller text in the grids (remembered)</source>
        <translation>Testun llai yn y gridiau (caiff ei gofio)</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="378"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Maint arferol</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="379"/>
        <source>The grids&apos; text at its usual size</source>
        <translation>Testun y gridiau yn ei faint arferol</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="382"/>
        <source>The na&amp;vigator</source>
        <translation>Y &amp;llywiwr</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="383"/>
        <source>Move to the navigator (then the arrow keys choose a page)</source>
        <translation>Symud i&apos;r llywiwr (yna mae&apos;r bysellau saeth yn dewis tudalen)</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="399"/>
        <source>&amp;User guide</source>
        <translation>&amp;Canllaw defnyddwyr</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="400"/>
        <source>How to prepare a quarter&apos;s papers with Craffu (readable offline)</source>
        <translation>Sut i baratoi papurau chwarter gyda Craffu (i&apos;w ddarllen all-lein)</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="406"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Llwybrau byr y &amp;bysellfwrdd</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="407"/>
        <source>Every shortcut of the window</source>
        <translation>Pob llwybr byr yn y ffenestr</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="410"/>
        <source>&amp;About Craffu</source>
        <translation>&amp;Ynghylch Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="411"/>
        <source>Version, licences and where your data lives</source>
        <translation>Fersiwn, trwyddedau a ble mae&apos;ch data&apos;n cael ei gadw</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../gui/app.py" line="79"/>
        <source>there is no folder for application data on this computer</source>
        <translation>nid oes ffolder ar gyfer data rhaglenni ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="86"/>
        <source>the sample pack is missing from this installation ({sample})</source>
        <translation>mae&apos;r pecyn enghreifftiol ar goll o&apos;r gosodiad hwn ({sample})</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="102"/>
        <source>cannot make a working copy of the sample pack in {folder}: {problem}</source>
        <translation>methu gwneud copi gweithio o&apos;r pecyn enghreifftiol yn {folder}: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="139"/>
        <source>Something went wrong inside Craffu (a defect, not your mistake). Every change you made before this is saved in the pack.

{kind}: {exc}</source>
        <translation>Aeth rhywbeth o&apos;i le y tu mewn i Craffu (nam, nid eich camgymeriad chi). Mae pob newid a wnaethoch cyn hyn wedi&apos;i gadw yn y pecyn.

{kind}: {exc}</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="168"/>
        <source>Cannot open the sample pack</source>
        <translation>Methu agor y pecyn enghreifftiol</translation>
    </message>
</context>
<context>
    <name>chart_export</name>
    <message>
        <location filename="../../gui/chart_export.py" line="55"/>
        <source>the chart has no size yet; show it before exporting</source>
        <translation>nid oes maint gan y siart eto; dangoswch hi cyn ei hallforio</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="87"/>
        <source>cannot save {name}: the folder {folder} does not exist</source>
        <translation>methu cadw {name}: nid yw&apos;r ffolder {folder} yn bodoli</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="92"/>
        <source>cannot save {path}: the file could not be written</source>
        <translation>methu cadw {path}: nid oedd modd ysgrifennu&apos;r ffeil</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="118"/>
        <source>Save PNG…</source>
        <translation>Cadw PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="120"/>
        <source>Save the chart as a PNG picture at {PRINT_DPI} dpi, {A4_TEXT_WIDTH_MM:.0f} mm wide (A4 text width)</source>
        <translation>Cadw&apos;r siart fel llun PNG ar {PRINT_DPI} dpi, {A4_TEXT_WIDTH_MM:.0f} mm o led (lled testun A4)</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="126"/>
        <source>Copy</source>
        <translation>Copïo</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="128"/>
        <source>Copy the chart to the clipboard as a picture</source>
        <translation>Copïo&apos;r siart i&apos;r clipfwrdd fel llun</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="140"/>
        <source>chart</source>
        <translation>siart</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="145"/>
        <source>Save chart as PNG</source>
        <translation>Cadw&apos;r siart fel PNG</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="147"/>
        <source>PNG pictures (*.png)</source>
        <translation>Lluniau PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="155"/>
        <source>Chart not saved — Craffu</source>
        <translation>Siart heb ei chadw — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="166"/>
        <source>Chart not copied — Craffu</source>
        <translation>Siart heb ei chopïo — Craffu</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../gui/dashboard.py" line="79"/>
        <source>Demand</source>
        <extracomment>the chosen indicators (``set_indicators``); None: the report&apos;s key indicators the period report the page shows (None: the pack has no period with figures)</extracomment>
        <translation>Galw</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="80"/>
        <source>Selected measures</source>
        <translation>Mesurau dethol</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="81"/>
        <source>Key indicators</source>
        <translation>Dangosyddion allweddol</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="82"/>
        <source>Commitments by plan</source>
        <translation>Ymrwymiadau fesul cynllun</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="85"/>
        <source>Budget update</source>
        <translation>Diweddariad y gyllideb</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="112"/>
        <source>Breakdowns and comparisons</source>
        <extracomment>each section&apos;s narrative, shown under its heading (``dashboard-&lt;key&gt;``)</extracomment>
        <translation>Dadansoddiadau a chymariaethau</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="113"/>
        <source>Status summary</source>
        <translation>Crynodeb o&apos;r statws</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="135"/>
        <source>Narrative: {key}</source>
        <translation>Naratif: {key}</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="158"/>
        <source>Dashboard: the pack has no figures yet</source>
        <translation>Dangosfwrdd: nid oes ffigurau yn y pecyn eto</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="161"/>
        <source>Dashboard, {label}</source>
        <translation>Dangosfwrdd, {label}</translation>
    </message>
</context>
<context>
    <name>dashboard_cards</name>
    <message>
        <location filename="../../gui/dashboard_cards.py" line="108"/>
        <source>No indicators to show.</source>
        <extracomment>The narrowest a small multiple is drawn; below COLUMNS of them the page scrolls sideways (a column is never cut off).</extracomment>
        <translation>Dim dangosyddion i&apos;w dangos.</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard_cards.py" line="112"/>
        <source>Point at a figure to see its value and status.</source>
        <translation>Pwyntiwch at ffigur i weld ei werth a&apos;i statws.</translation>
    </message>
</context>
<context>
    <name>docks</name>
    <message>
        <location filename="../../gui/docks.py" line="59"/>
        <source>Severity</source>
        <translation>Difrifoldeb</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="59"/>
        <source>Indicator</source>
        <translation>Dangosydd</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="60"/>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="60"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="80"/>
        <source>✖ Error</source>
        <translation>✖ Gwall</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="81"/>
        <source>⚠ Warning</source>
        <translation>⚠ Rhybudd</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="104"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="104"/>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="105"/>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="105"/>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="106"/>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="106"/>
        <source>Old</source>
        <translation>Hen</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="107"/>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="205"/>
        <location filename="../../gui/docks.py" line="206"/>
        <source>Indicator detail</source>
        <translation>Manylion y dangosydd</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="207"/>
        <location filename="../../gui/docks.py" line="280"/>
        <source>Override &amp;forecast…</source>
        <translation>Diystyru&apos;r &amp;rhagolwg…</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="208"/>
        <source>Override forecast</source>
        <translation>Diystyru&apos;r rhagolwg</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="209"/>
        <source>Set the officer&apos;s forecast (face) for this period, with the reason</source>
        <translation>Gosod rhagolwg y swyddog (wyneb) ar gyfer y cyfnod hwn, gyda&apos;r rheswm</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="211"/>
        <location filename="../../gui/docks.py" line="212"/>
        <source>Use calculated forecast</source>
        <translation>Defnyddio&apos;r rhagolwg a gyfrifwyd</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="213"/>
        <source>Clear the officer&apos;s forecast for this period</source>
        <translation>Clirio rhagolwg y swyddog ar gyfer y cyfnod hwn</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="231"/>
        <source>Choose an indicator in the scorecard.</source>
        <translation>Dewiswch ddangosydd yn y cerdyn sgorio.</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="250"/>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="250"/>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="251"/>
        <source>Unit</source>
        <translation>Uned</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="252"/>
        <source>Polarity</source>
        <translation>Pegynedd</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="253"/>
        <source>Aggregation</source>
        <translation>Cyfuno</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="254"/>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="255"/>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="258"/>
        <source>Target {year}</source>
        <translation>Targed {year}</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="259"/>
        <source>{target} (management target)</source>
        <translation>{target} (targed rheoli)</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="263"/>
        <source>Definition</source>
        <translation>Diffiniad (Saesneg)</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="264"/>
        <source>Definition (Welsh)</source>
        <translation>Diffiniad</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="278"/>
        <source>Change officer&apos;s &amp;forecast…</source>
        <translation>Newid &amp;rhagolwg y swyddog…</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="308"/>
        <source>Refused: {reason}</source>
        <translation>Gwrthodwyd: {reason}</translation>
    </message>
</context>
<context>
    <name>editors.asking</name>
    <message>
        <location filename="../../gui/editors/asking.py" line="23"/>
        <source>Delete {what} — Craffu</source>
        <translation>Dileu {what} — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/editors/asking.py" line="24"/>
        <source>{question}

You can undo this with Edit ▸ Undo.</source>
        <translation>{question}

Gallwch ddadwneud hyn gyda Golygu ▸ Dadwneud.</translation>
    </message>
</context>
<context>
    <name>editors.budget</name>
    <message>
        <location filename="../../gui/editors/budget.py" line="61"/>
        <source>Budget line</source>
        <translation>Llinell gyllideb</translation>
    </message>
    <message>
        <location filename="../../gui/editors/budget.py" line="63"/>
        <source>Budget line (Welsh)</source>
        <translation>Llinell gyllideb (Cymraeg)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/budget.py" line="65"/>
        <source>Budget £</source>
        <translation>Cyllideb £</translation>
    </message>
    <message>
        <location filename="../../gui/editors/budget.py" line="67"/>
        <source>Projected outturn £</source>
        <translation>Alldro a ragwelir £</translation>
    </message>
    <message>
        <location filename="../../gui/editors/budget.py" line="70"/>
        <source>Variance £</source>
        <translation>Amrywiant £</translation>
    </message>
    <message>
        <location filename="../../gui/editors/budget.py" line="72"/>
        <source>projected outturn − budget: positive is an overspend</source>
        <translation>alldro a ragwelir − cyllideb: mae ffigur positif yn orwariant</translation>
    </message>
    <message>
        <location filename="../../gui/editors/budget.py" line="74"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="../../gui/editors/budget.py" line="83"/>
        <source>Budget update</source>
        <translation>Diweddariad y gyllideb</translation>
    </message>
    <message>
        <location filename="../../gui/editors/budget.py" line="84"/>
        <source>&amp;Add…</source>
        <translation>Ych&amp;wanegu…</translation>
    </message>
    <message>
        <location filename="../../gui/editors/budget.py" line="85"/>
        <source>Add a budget line for the period</source>
        <translation>Ychwanegu llinell gyllideb ar gyfer y cyfnod</translation>
    </message>
    <message>
        <location filename="../../gui/editors/budget.py" line="87"/>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <location filename="../../gui/editors/budget.py" line="88"/>
        <source>Delete this budget line</source>
        <translation>Dileu&apos;r llinell gyllideb hon</translation>
    </message>
    <message>
        <location filename="../../gui/editors/budget.py" line="89"/>
        <source>Move &amp;up</source>
        <translation>Sym&amp;ud i fyny</translation>
    </message>
    <message>
        <location filename="../../gui/editors/budget.py" line="90"/>
        <source>Earlier in the period</source>
        <translation>Yn gynharach yn y cyfnod</translation>
    </message>
    <message>
        <location filename="../../gui/editors/budget.py" line="92"/>
        <source>Move do&amp;wn</source>
        <translation>Symud i &amp;lawr</translation>
    </message>
    <message>
        <location filename="../../gui/editors/budget.py" line="93"/>
        <source>Later in the period</source>
        <translation>Yn hwyrach yn y cyfnod</translation>
    </message>
    <message>
        <location filename="../../gui/editors/budget.py" line="100"/>
        <source>&lt;h2&gt;Budget update — {label}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Diweddariad y gyllideb — {label}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/editors/budget.py" line="126"/>
        <location filename="../../gui/editors/budget.py" line="135"/>
        <source>Add budget line — Craffu</source>
        <translation>Ychwanegu llinell gyllideb — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/editors/budget.py" line="127"/>
        <source>Budget line:</source>
        <translation>Llinell gyllideb:</translation>
    </message>
    <message>
        <location filename="../../gui/editors/budget.py" line="132"/>
        <source>Budget (£):</source>
        <translation>Cyllideb (£):</translation>
    </message>
    <message>
        <location filename="../../gui/editors/budget.py" line="133"/>
        <source>Projected outturn (£):</source>
        <translation>Alldro a ragwelir (£):</translation>
    </message>
</context>
<context>
    <name>editors.commentary</name>
    <message>
        <location filename="../../gui/editors/commentary.py" line="41"/>
        <source>Indicators</source>
        <extracomment>The officer chose another indicator in the list (``gui.pages.Editor``).</extracomment>
        <translation>Dangosyddion</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commentary.py" line="55"/>
        <source>Last period&apos;s commentary</source>
        <translation>Sylwebaeth y cyfnod diwethaf</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commentary.py" line="137"/>
        <source>No indicator</source>
        <translation>Dim dangosydd</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commentary.py" line="138"/>
        <source> (final: read-only)</source>
        <translation> (terfynol: darllen yn unig)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commentary.py" line="141"/>
        <source>&lt;h3&gt;Commentary — {label}{final}&lt;/h3&gt;{title}</source>
        <translation>&lt;h3&gt;Sylwebaeth — {label}{final}&lt;/h3&gt;{title}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commentary.py" line="152"/>
        <source>&lt;b&gt;Last period ({label}), for reference:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Y cyfnod diwethaf ({label}), er gwybodaeth:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commentary.py" line="159"/>
        <source>(no commentary)</source>
        <translation>(dim sylwebaeth)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commentary.py" line="164"/>
        <source>{length} of {limit} characters — over the limit</source>
        <translation>{length} o {limit} nod — dros y terfyn</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commentary.py" line="167"/>
        <source>{length} of {limit} characters</source>
        <translation>{length} o {limit} nod</translation>
    </message>
</context>
<context>
    <name>editors.commitments</name>
    <message>
        <location filename="../../gui/editors/commitments.py" line="56"/>
        <source>Ref</source>
        <extracomment>A commitment status&apos;s fill, as the papers draw it (``exporters.pdf_appendices``).</extracomment>
        <translation>Cyf.</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commitments.py" line="57"/>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commitments.py" line="58"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commitments.py" line="61"/>
        <source>RAG status for the period shown</source>
        <translation>Statws RAG ar gyfer y cyfnod a ddangosir</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commitments.py" line="63"/>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commitments.py" line="65"/>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commitments.py" line="66"/>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commitments.py" line="67"/>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commitments.py" line="72"/>
        <source>the plan it belongs to, e.g. Corporate Plan or Directorate Delivery Plan: each plan is an appendix of its own</source>
        <translation>y cynllun y mae&apos;n perthyn iddo, e.e. Cynllun Corfforaethol neu Gynllun Cyflawni&apos;r Gyfarwyddiaeth: mae pob cynllun yn atodiad ar ei ben ei hun</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commitments.py" line="76"/>
        <source>Title (Welsh)</source>
        <translation>Teitl (Cymraeg)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commitments.py" line="77"/>
        <source>Progress (Welsh)</source>
        <translation>Cynnydd (Cymraeg)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commitments.py" line="86"/>
        <source>Commitments</source>
        <translation>Ymrwymiadau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commitments.py" line="87"/>
        <source>&amp;Add…</source>
        <translation>Ych&amp;wanegu…</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commitments.py" line="88"/>
        <source>Add a commitment</source>
        <translation>Ychwanegu ymrwymiad</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commitments.py" line="98"/>
        <source>&lt;h2&gt;Commitments — {label}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ymrwymiadau — {label}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commitments.py" line="121"/>
        <source>Add commitment — Craffu</source>
        <translation>Ychwanegu ymrwymiad — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commitments.py" line="122"/>
        <source>Reference:</source>
        <translation>Cyfeirnod:</translation>
    </message>
</context>
<context>
    <name>editors.forecast</name>
    <message>
        <location filename="../../gui/editors/forecast.py" line="53"/>
        <source>Forecast for {code} {label} — Craffu</source>
        <extracomment>The choice that means &quot;no override: use the calculated forecast&quot;.</extracomment>
        <translation>Rhagolwg ar gyfer {code} {label} — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/editors/forecast.py" line="62"/>
        <source>&lt;b&gt;{code}&lt;/b&gt; {value}&lt;br&gt;Forecast for {label}: will the year&apos;s target be met?</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; {value}&lt;br&gt;Rhagolwg ar gyfer {label}: a fydd targed y flwyddyn yn cael ei gyrraedd?</translation>
    </message>
    <message>
        <location filename="../../gui/editors/forecast.py" line="69"/>
        <source>Now: {forecast_explanation}</source>
        <translation>Nawr: {forecast_explanation}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/forecast.py" line="74"/>
        <source>Current forecast</source>
        <translation>Y rhagolwg presennol</translation>
    </message>
    <message>
        <location filename="../../gui/editors/forecast.py" line="76"/>
        <source>Forecast</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <location filename="../../gui/editors/forecast.py" line="78"/>
        <source>Calculated from the RAG status ({calculated})</source>
        <translation>Wedi&apos;i gyfrifo o&apos;r statws RAG ({calculated})</translation>
    </message>
    <message>
        <location filename="../../gui/editors/forecast.py" line="86"/>
        <source>{face}  {forecast} (officer&apos;s forecast)</source>
        <translation>{face}  {forecast} (rhagolwg y swyddog)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/forecast.py" line="93"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location filename="../../gui/editors/forecast.py" line="96"/>
        <source>Why the year&apos;s target is (or is not) likely to be met, e.g. “Q4 recruitment will close the gap”</source>
        <translation>Pam mae targed y flwyddyn yn debygol (neu&apos;n annhebygol) o gael ei gyrraedd, e.e. “bydd recriwtio yn Ch4 yn cau&apos;r bwlch”</translation>
    </message>
    <message>
        <location filename="../../gui/editors/forecast.py" line="105"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../gui/editors/forecast.py" line="110"/>
        <source>&amp;Forecast:</source>
        <translation>&amp;Rhagolwg:</translation>
    </message>
    <message>
        <location filename="../../gui/editors/forecast.py" line="111"/>
        <source>&amp;Reason:</source>
        <translation>R&amp;heswm:</translation>
    </message>
    <message>
        <location filename="../../gui/editors/forecast.py" line="150"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Refused:&lt;/b&gt;&lt;/span&gt; {exc}</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Gwrthodwyd:&lt;/b&gt;&lt;/span&gt; {exc}</translation>
    </message>
</context>
<context>
    <name>editors.groups</name>
    <message>
        <location filename="../../gui/editors/groups.py" line="41"/>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location filename="../../gui/editors/groups.py" line="43"/>
        <source>the group&apos;s name in the papers; renaming moves its indicators</source>
        <translation>enw&apos;r grŵp yn y papurau; mae ei ailenwi yn symud ei ddangosyddion</translation>
    </message>
    <message>
        <location filename="../../gui/editors/groups.py" line="46"/>
        <source>Group (Welsh)</source>
        <translation>Grŵp (Cymraeg)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/groups.py" line="48"/>
        <source>Indicators</source>
        <translation>Dangosyddion</translation>
    </message>
    <message>
        <location filename="../../gui/editors/groups.py" line="49"/>
        <source>indicators in this group</source>
        <translation>dangosyddion yn y grŵp hwn</translation>
    </message>
    <message>
        <location filename="../../gui/editors/groups.py" line="58"/>
        <source>Groups</source>
        <translation>Grwpiau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/groups.py" line="60"/>
        <source>Move &amp;up</source>
        <translation>Sym&amp;ud i fyny</translation>
    </message>
    <message>
        <location filename="../../gui/editors/groups.py" line="61"/>
        <source>Earlier in the papers</source>
        <translation>Yn gynharach yn y papurau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/groups.py" line="63"/>
        <source>Move do&amp;wn</source>
        <translation>Symud i &amp;lawr</translation>
    </message>
    <message>
        <location filename="../../gui/editors/groups.py" line="64"/>
        <source>Later in the papers</source>
        <translation>Yn hwyrach yn y papurau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/groups.py" line="71"/>
        <source>choose the group to move first</source>
        <translation>dewiswch y grŵp i&apos;w symud yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../gui/editors/groups.py" line="77"/>
        <source>{group} is already first</source>
        <translation>Mae {group} yn gyntaf eisoes</translation>
    </message>
    <message>
        <location filename="../../gui/editors/groups.py" line="78"/>
        <source>{group} is already last</source>
        <translation>Mae {group} yn olaf eisoes</translation>
    </message>
    <message>
        <location filename="../../gui/editors/groups.py" line="96"/>
        <source>Groups — Craffu</source>
        <translation>Grwpiau — Craffu</translation>
    </message>
</context>
<context>
    <name>editors.indicators</name>
    <message>
        <location filename="../../gui/editors/indicators.py" line="45"/>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="46"/>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="47"/>
        <source>Title (Welsh)</source>
        <translation>Teitl (Cymraeg)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="48"/>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="49"/>
        <source>Unit</source>
        <translation>Uned</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="51"/>
        <source>Polarity</source>
        <translation>Pegynedd</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="53"/>
        <source>higher or lower is better; none: a demand measure without RAG</source>
        <translation>higher (uwch) neu lower (is) sydd orau; none (dim): mesur galw heb RAG</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="55"/>
        <source>Aggregation</source>
        <translation>Cyfuno</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="57"/>
        <source>how quarters make the year to date</source>
        <translation>sut mae&apos;r chwarteri&apos;n gwneud y flwyddyn hyd yma</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="58"/>
        <source>Decimals</source>
        <translation>Degolion</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="59"/>
        <source>blank: the unit&apos;s default</source>
        <translation>gwag: rhagosodiad yr uned</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="60"/>
        <source>Tolerance</source>
        <translation>Goddefiant</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="61"/>
        <source>blank: the pack&apos;s default (10%)</source>
        <translation>gwag: rhagosodiad y pecyn (10%)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="62"/>
        <source>Tolerance type</source>
        <translation>Math o oddefiant</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="64"/>
        <source>Sustain band %</source>
        <translation>Band cynnal %</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="65"/>
        <source>Compare with</source>
        <translation>Cymharu â</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="67"/>
        <source>year: same quarter last year (default); quarter: the quarter before</source>
        <translation>year: yr un chwarter y llynedd (rhagosodiad); quarter: y chwarter blaenorol</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="69"/>
        <source>Formula</source>
        <translation>Fformiwla</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="74"/>
        <source>a calculated indicator: other indicators&apos; codes with + - * / and brackets, e.g. PEO.01 - PEO.02; blank: figures are entered</source>
        <translation>dangosydd wedi&apos;i gyfrifo: codau dangosyddion eraill gyda + - * / a chromfachau, e.e. PEO.01 - PEO.02; gwag: rhoddir y ffigurau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="78"/>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="79"/>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="80"/>
        <source>Definition</source>
        <translation>Diffiniad</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="81"/>
        <source>Definition (Welsh)</source>
        <translation>Diffiniad (Cymraeg)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="92"/>
        <source>Indicator definitions</source>
        <translation>Diffiniadau&apos;r dangosyddion</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="95"/>
        <source>&amp;Add…</source>
        <translation>Ych&amp;wanegu…</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="96"/>
        <source>Add a new indicator</source>
        <translation>Ychwanegu dangosydd newydd</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="97"/>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Dyblygu…</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="98"/>
        <source>Copy this indicator&apos;s definition under a new code</source>
        <translation>Copïo diffiniad y dangosydd hwn o dan god newydd</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="101"/>
        <source>&amp;Delete…</source>
        <translation>D&amp;ileu…</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="102"/>
        <source>Delete this indicator and its figures</source>
        <translation>Dileu&apos;r dangosydd hwn a&apos;i ffigurau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="104"/>
        <source>Move &amp;up</source>
        <translation>Sym&amp;ud i fyny</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="105"/>
        <source>Earlier in its group</source>
        <translation>Yn gynharach yn ei grŵp</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="107"/>
        <source>Move do&amp;wn</source>
        <translation>Symud i &amp;lawr</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="108"/>
        <source>Later in its group</source>
        <translation>Yn hwyrach yn ei grŵp</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="110"/>
        <source>&amp;Groups…</source>
        <translation>G&amp;rwpiau…</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="111"/>
        <source>Rename groups, give their Welsh names and order them</source>
        <translation>Ailenwi grwpiau, rhoi eu henwau Cymraeg a&apos;u trefnu</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="137"/>
        <source>Code of the new indicator:</source>
        <translation>Cod y dangosydd newydd:</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="168"/>
        <source>Added {code}</source>
        <translation>Ychwanegwyd {code}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="173"/>
        <source>Add indicator — Craffu</source>
        <translation>Ychwanegu dangosydd — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="180"/>
        <source>choose the indicator to duplicate first</source>
        <translation>dewiswch y dangosydd i&apos;w ddyblygu yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="182"/>
        <source>Duplicate {code} — Craffu</source>
        <translation>Dyblygu {code} — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="190"/>
        <source>choose the indicator to delete first</source>
        <translation>dewiswch y dangosydd i&apos;w ddileu yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="195"/>
        <source>Delete {code} “{title}” and its {count} figure, target or commentary record?</source>
        <translation>Dileu {code} “{title}” a&apos;i {count} cofnod (ffigur, targed neu sylwebaeth)?</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="198"/>
        <source>Delete {code} “{title}” and its {count} figures, targets and commentary records?</source>
        <translation>Dileu {code} “{title}” a&apos;i {count} cofnod (ffigurau, targedau a sylwebaeth)?</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="202"/>
        <source>indicator</source>
        <translation>dangosydd</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="207"/>
        <source>Deleted {key} (Undo brings it back)</source>
        <translation>Dilëwyd {key} (mae Dadwneud yn dod ag ef yn ôl)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="222"/>
        <source>{code} is already first in its group</source>
        <translation>Mae {code} yn gyntaf yn ei grŵp eisoes</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="223"/>
        <source>{code} is already last in its group</source>
        <translation>Mae {code} yn olaf yn ei grŵp eisoes</translation>
    </message>
</context>
<context>
    <name>editors.matrix</name>
    <message>
        <location filename="../../gui/editors/matrix.py" line="68"/>
        <source>Rows</source>
        <translation>Rhesi</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="69"/>
        <source>Add row</source>
        <translation>Ychwanegu rhes</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="70"/>
        <source>Add a row after the current one</source>
        <translation>Ychwanegu rhes ar ôl yr un bresennol</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="71"/>
        <source>Remove the current row and its figures</source>
        <translation>Tynnu&apos;r rhes bresennol a&apos;i ffigurau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="72"/>
        <source>Move the row up</source>
        <translation>Symud y rhes i fyny</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="73"/>
        <source>Move the row down</source>
        <translation>Symud y rhes i lawr</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="74"/>
        <source>choose the row to remove first</source>
        <translation>dewiswch y rhes i&apos;w thynnu yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="75"/>
        <source>Columns</source>
        <translation>Colofnau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="76"/>
        <source>Add column</source>
        <translation>Ychwanegu colofn</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="77"/>
        <source>Add a column after the current one</source>
        <translation>Ychwanegu colofn ar ôl yr un bresennol</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="78"/>
        <source>Remove the current column and its figures</source>
        <translation>Tynnu&apos;r golofn bresennol a&apos;i ffigurau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="80"/>
        <source>Move the column up</source>
        <translation>Symud y golofn i fyny</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="81"/>
        <source>Move the column down</source>
        <translation>Symud y golofn i lawr</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="82"/>
        <source>choose the column to remove first</source>
        <translation>dewiswch y golofn i&apos;w thynnu yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="83"/>
        <source>Categories</source>
        <translation>Categorïau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="84"/>
        <source>Add category</source>
        <translation>Ychwanegu categori</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="85"/>
        <source>Add a category after the current one</source>
        <translation>Ychwanegu categori ar ôl yr un presennol</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="86"/>
        <source>Remove the current category and its figures</source>
        <translation>Tynnu&apos;r categori presennol a&apos;i ffigurau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="88"/>
        <source>Move the category up</source>
        <translation>Symud y categori i fyny</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="89"/>
        <source>Move the category down</source>
        <translation>Symud y categori i lawr</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="90"/>
        <source>choose the category to remove first</source>
        <translation>dewiswch y categori i&apos;w dynnu yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="91"/>
        <source>Dates</source>
        <translation>Dyddiadau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="92"/>
        <source>Add date</source>
        <translation>Ychwanegu dyddiad</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="93"/>
        <source>Add a date after the current one</source>
        <translation>Ychwanegu dyddiad ar ôl yr un presennol</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="94"/>
        <source>Remove the current date and its figures</source>
        <translation>Tynnu&apos;r dyddiad presennol a&apos;i ffigurau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="95"/>
        <source>Move the date up</source>
        <translation>Symud y dyddiad i fyny</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="96"/>
        <source>Move the date down</source>
        <translation>Symud y dyddiad i lawr</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="97"/>
        <source>choose the date to remove first</source>
        <translation>dewiswch y dyddiad i&apos;w dynnu yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="124"/>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="125"/>
        <source>Up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="126"/>
        <source>Down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="149"/>
        <source>choose or make a table first</source>
        <translation>dewiswch neu gwnewch dabl yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="191"/>
        <source>Breakdowns</source>
        <translation>Dadansoddiadau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="192"/>
        <source>Snapshot comparisons</source>
        <translation>Cymariaethau ciplun</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="203"/>
        <source>{plural}: figures</source>
        <translation>{plural}: ffigurau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="212"/>
        <source>Warning</source>
        <translation>Rhybudd</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="215"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="223"/>
        <source>&amp;New…</source>
        <translation>&amp;Newydd…</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="224"/>
        <source>Make a new breakdown</source>
        <translation>Gwneud dadansoddiad newydd</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="225"/>
        <source>Make a new snapshot</source>
        <translation>Gwneud ciplun newydd</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="226"/>
        <source>New breakdown</source>
        <translation>Dadansoddiad newydd</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="227"/>
        <source>New snapshot</source>
        <translation>Ciplun newydd</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="228"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Dileu…</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="229"/>
        <source>Delete this breakdown</source>
        <translation>Dileu&apos;r dadansoddiad hwn</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="230"/>
        <source>Delete this snapshot</source>
        <translation>Dileu&apos;r ciplun hwn</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="231"/>
        <source>Delete breakdown</source>
        <translation>Dileu dadansoddiad</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="232"/>
        <source>Delete snapshot</source>
        <translation>Dileu ciplun</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="245"/>
        <source>{plural}: figures, rows and columns, details</source>
        <translation>{plural}: ffigurau, rhesi a cholofnau, manylion</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="249"/>
        <source>&amp;Figures</source>
        <translation>&amp;Ffigurau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="252"/>
        <source>Rows and &amp;columns</source>
        <translation>Rhesi a &amp;cholofnau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="254"/>
        <source>Categories and &amp;dates</source>
        <translation>Categorïau a &amp;dyddiadau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="256"/>
        <source>De&amp;tails</source>
        <translation>&amp;Manylion</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="319"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Refused:&lt;/b&gt;&lt;/span&gt; {reason}</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Gwrthodwyd:&lt;/b&gt;&lt;/span&gt; {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="323"/>
        <source>Refused: {reason}</source>
        <translation>Gwrthodwyd: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="412"/>
        <source>&lt;h2&gt;No breakdowns in this pack yet&lt;/h2&gt;&lt;p&gt;Use &lt;b&gt;New…&lt;/b&gt; to make one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Dim dadansoddiadau yn y pecyn hwn eto&lt;/h2&gt;&lt;p&gt;Defnyddiwch &lt;b&gt;Newydd…&lt;/b&gt; i wneud un.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="414"/>
        <source>&lt;h2&gt;No snapshot comparisons in this pack yet&lt;/h2&gt;&lt;p&gt;Use &lt;b&gt;New…&lt;/b&gt; to make one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Dim cymariaethau ciplun yn y pecyn hwn eto&lt;/h2&gt;&lt;p&gt;Defnyddiwch &lt;b&gt;Newydd…&lt;/b&gt; i wneud un.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="422"/>
        <source>⚠ &lt;b&gt;Warning:&lt;/b&gt; {problem}</source>
        <translation>⚠ &lt;b&gt;Rhybudd:&lt;/b&gt; {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="440"/>
        <source>Made “{title}”: name its rows and columns, then enter the figures</source>
        <translation>Gwnaed “{title}”: enwch ei resi a&apos;i golofnau, yna rhowch y ffigurau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="450"/>
        <source>New breakdown — Craffu</source>
        <translation>Dadansoddiad newydd — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="451"/>
        <source>New snapshot comparison — Craffu</source>
        <translation>Cymhariaeth ciplun newydd — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="452"/>
        <source>Title:</source>
        <translation>Teitl:</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="461"/>
        <source>choose the table to delete first</source>
        <translation>dewiswch y tabl i&apos;w ddileu yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="462"/>
        <source>breakdown</source>
        <translation>dadansoddiad</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="463"/>
        <source>snapshot</source>
        <translation>ciplun</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="464"/>
        <source>Delete “{title}” and its figures?</source>
        <translation>Dileu “{title}” a&apos;i ffigurau?</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="470"/>
        <source>Deleted “{title}” (Undo brings it back)</source>
        <translation>Dilëwyd “{title}” (mae Dadwneud yn dod ag ef yn ôl)</translation>
    </message>
</context>
<context>
    <name>editors.matrix_models</name>
    <message>
        <location filename="../../gui/editors/matrix_models.py" line="82"/>
        <source>Row (English)</source>
        <extracomment>The headings of a lines list, English and Welsh, by what a line is (``line_word``; a snapshot&apos;s dates have no Welsh and one heading, Date).</extracomment>
        <translation>Rhes (Saesneg)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_models.py" line="83"/>
        <source>Row (Welsh)</source>
        <translation>Rhes (Cymraeg)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_models.py" line="84"/>
        <source>Column (English)</source>
        <translation>Colofn (Saesneg)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_models.py" line="85"/>
        <source>Column (Welsh)</source>
        <translation>Colofn (Cymraeg)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_models.py" line="86"/>
        <source>Category (English)</source>
        <translation>Categori (Saesneg)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_models.py" line="87"/>
        <source>Category (Welsh)</source>
        <translation>Categori (Cymraeg)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_models.py" line="91"/>
        <source>row {number}</source>
        <extracomment>A line named by its number (``row 2``), by what a line is.</extracomment>
        <translation>rhes {number}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_models.py" line="92"/>
        <source>column {number}</source>
        <translation>colofn {number}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_models.py" line="93"/>
        <source>category {number}</source>
        <translation>categori {number}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_models.py" line="94"/>
        <source>date {number}</source>
        <translation>dyddiad {number}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_models.py" line="171"/>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_models.py" line="172"/>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_models.py" line="202"/>
        <source>blank</source>
        <translation>gwag</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_models.py" line="281"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
</context>
<context>
    <name>editors.record_form</name>
    <message>
        <location filename="../../gui/editors/commentary.py" line="49"/>
        <source>Commentary</source>
        <translation>Sylwebaeth</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="280"/>
        <location filename="../../gui/editors/matrix.py" line="302"/>
        <location filename="../../gui/editors/sections.py" line="302"/>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="283"/>
        <source>Period (e.g. 2024-25 Q3)</source>
        <translation>Cyfnod (e.e. 2024-25 Q3)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="288"/>
        <source>Related indicator (its figure should equal the total)</source>
        <translation>Dangosydd cysylltiedig (dylai ei ffigur fod yn hafal i&apos;r cyfanswm)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="295"/>
        <source>Rows are</source>
        <translation>Y rhesi yw</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="297"/>
        <source>Columns are</source>
        <translation>Y colofnau yw</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="299"/>
        <location filename="../../gui/editors/matrix.py" line="304"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="303"/>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location filename="../../gui/editors/record_form.py" line="111"/>
        <source>&lt;b&gt;English&lt;/b&gt;</source>
        <extracomment>How long after the last key press typed text is saved. Words shown for some choices (e.g. ``{&quot;en&quot;: &quot;English&quot;}``); the choice itself is stored. Boxes typed in whose text is not saved yet, and the record key they belong to.</extracomment>
        <translation>&lt;b&gt;Saesneg (English)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/editors/record_form.py" line="112"/>
        <source>&lt;b&gt;Cymraeg (Welsh)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cymraeg&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/editors/record_form.py" line="122"/>
        <location filename="../../gui/editors/record_form.py" line="309"/>
        <source> (Welsh)</source>
        <translation> (Cymraeg)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/record_form.py" line="130"/>
        <source>{label}{suffix}: characters</source>
        <translation>{label}{suffix}: nodau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/record_form.py" line="242"/>
        <source>{count} character</source>
        <translation>{count} nod</translation>
    </message>
    <message>
        <location filename="../../gui/editors/record_form.py" line="243"/>
        <source>{count} characters</source>
        <translation>{count} nod</translation>
    </message>
    <message>
        <location filename="../../gui/editors/record_form.py" line="313"/>
        <source>Edit {key} {field}</source>
        <translation>Golygu {key} {field}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/record_form.py" line="324"/>
        <source>Refused: {reason}</source>
        <translation>Gwrthodwyd: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/record_form.py" line="328"/>
        <source>{field} saved</source>
        <translation>{field} wedi&apos;i gadw</translation>
    </message>
    <message>
        <location filename="../../gui/editors/record_form.py" line="342"/>
        <source>Refused:</source>
        <translation>Gwrthodwyd:</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="189"/>
        <source>Heading</source>
        <translation>Pennawd</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="190"/>
        <source>Text</source>
        <translation>Testun</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="305"/>
        <source>Indicator</source>
        <translation>Dangosydd</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="312"/>
        <source>Current position</source>
        <translation>Y sefyllfa bresennol</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="317"/>
        <source>Current management actions</source>
        <translation>Camau gweithredu rheoli presennol</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="30"/>
        <source>English</source>
        <extracomment>The papers&apos; languages in words (the setting stores the code; the form translates the words in the context ``editors.record_form``).</extracomment>
        <translation>Saesneg</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="31"/>
        <source>Cymraeg (Welsh)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="32"/>
        <source>English and Welsh</source>
        <translation>Saesneg a Chymraeg</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="35"/>
        <source>a percentage of the target</source>
        <extracomment>The tolerance types in words.</extracomment>
        <translation>ganran o&apos;r targed</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="36"/>
        <source>an amount in the indicator&apos;s unit</source>
        <translation>swm yn uned y dangosydd</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="40"/>
        <source>Pack title</source>
        <translation>Teitl y pecyn</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="41"/>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="44"/>
        <source>Language of the papers</source>
        <translation>Iaith y papurau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="52"/>
        <source>In published papers, hide counts below</source>
        <translation>Mewn papurau cyhoeddedig, cuddio cyfrifon o dan</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="58"/>
        <source>Amber tolerance (unless an indicator sets its own)</source>
        <translation>Goddefiant Ambr (oni bai bod dangosydd yn gosod ei un ei hun)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="66"/>
        <source>The tolerance is</source>
        <translation>Mae&apos;r goddefiant yn</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="74"/>
        <source>“Sustained” when within this percentage of the comparison figure</source>
        <translation>“Wedi&apos;i gynnal” pan fydd o fewn y ganran hon i&apos;r ffigur cymharu</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="84"/>
        <source>Committee</source>
        <translation>Pwyllgor</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="87"/>
        <source>Report subject (the title adds the period)</source>
        <translation>Testun yr adroddiad (mae&apos;r teitl yn ychwanegu&apos;r cyfnod)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="90"/>
        <source>Reason for the Report</source>
        <translation>Rheswm dros yr Adroddiad</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="92"/>
        <source>Background</source>
        <translation>Cefndir</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="94"/>
        <source>Scope / Way Forward</source>
        <translation>Cwmpas / Y Ffordd Ymlaen</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="96"/>
        <source>Legal Implications</source>
        <translation>Goblygiadau Cyfreithiol</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="98"/>
        <source>Financial Implications</source>
        <translation>Goblygiadau Ariannol</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="101"/>
        <source>Recommendation</source>
        <translation>Argymhelliad</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="103"/>
        <source>Signatory</source>
        <translation>Llofnodwr</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="104"/>
        <source>Signatory&apos;s role</source>
        <translation>Rôl y llofnodwr</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="108"/>
        <source>Meeting date</source>
        <translation>Dyddiad y cyfarfod</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="111"/>
        <source>Report date (on or before the meeting)</source>
        <translation>Dyddiad yr adroddiad (ar ddiwrnod y cyfarfod neu cyn hynny)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="114"/>
        <source>Committee (blank: as below)</source>
        <translation>Pwyllgor (gwag: fel isod)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="116"/>
        <source>Title (blank: made from the period)</source>
        <translation>Teitl (gwag: wedi&apos;i wneud o&apos;r cyfnod)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="118"/>
        <source>Signatory (blank: as below)</source>
        <translation>Llofnodwr (gwag: fel isod)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="121"/>
        <source>Signatory&apos;s role (blank: as below)</source>
        <translation>Rôl y llofnodwr (gwag: fel isod)</translation>
    </message>
</context>
<context>
    <name>editors.record_table</name>
    <message>
        <location filename="../../gui/editors/record_table.py" line="70"/>
        <source>Edit {key} {field}</source>
        <extracomment>The cell&apos;s fill colour for a value (e.g. a status&apos;s RAG colour), or None.</extracomment>
        <translation>Golygu {key} {field}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/record_table.py" line="161"/>
        <source>{header}: yes</source>
        <extracomment>Which rows are shown (``gui.welsh_filter``); None: all of them.</extracomment>
        <translation>{header}: ie</translation>
    </message>
    <message>
        <location filename="../../gui/editors/record_table.py" line="162"/>
        <source>{header}: no</source>
        <translation>{header}: na</translation>
    </message>
    <message>
        <location filename="../../gui/editors/record_table.py" line="212"/>
        <source>{spot}: {header} cannot be changed here</source>
        <translation>{spot}: ni ellir newid {header} yma</translation>
    </message>
</context>
<context>
    <name>editors.sections</name>
    <message>
        <location filename="../../gui/editors/sections.py" line="132"/>
        <source>&lt;b&gt;Refused:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Gwrthodwyd:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="57"/>
        <source>Key areas</source>
        <translation>Meysydd allweddol</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="59"/>
        <source>Narratives</source>
        <translation>Naratifau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="149"/>
        <source>&lt;b&gt;Refused:&lt;/b&gt; choose the key area to delete first</source>
        <translation>&lt;b&gt;Gwrthodwyd:&lt;/b&gt; dewiswch y maes allweddol i&apos;w ddileu yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="151"/>
        <source>&lt;b&gt;Refused:&lt;/b&gt; choose the narrative to delete first</source>
        <translation>&lt;b&gt;Gwrthodwyd:&lt;/b&gt; dewiswch y naratif i&apos;w ddileu yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="157"/>
        <source>key area</source>
        <translation>maes allweddol</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="158"/>
        <source>Delete the key area “{title}”?</source>
        <translation>Dileu&apos;r maes allweddol “{title}”?</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="159"/>
        <source>Delete key area {title}</source>
        <translation>Dileu maes allweddol {title}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="161"/>
        <source>narrative</source>
        <translation>naratif</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="162"/>
        <source>Delete the narrative “{title}”?</source>
        <translation>Dileu&apos;r naratif “{title}”?</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="163"/>
        <source>Delete narrative {title}</source>
        <translation>Dileu naratif {title}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="168"/>
        <source>Deleted “{title}” (Undo brings it back)</source>
        <translation>Dilëwyd “{title}” (mae Dadwneud yn dod ag ef yn ôl)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="194"/>
        <source>&amp;New narrative…</source>
        <translation>Naratif &amp;newydd…</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="195"/>
        <source>&amp;Carry forward</source>
        <translation>Ca&amp;rio ymlaen</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="196"/>
        <location filename="../../gui/editors/sections.py" line="330"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Dileu…</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="210"/>
        <source>&lt;h2&gt;Narratives — {label}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Naratifau — {label}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="231"/>
        <source>New narrative — Craffu</source>
        <translation>Naratif newydd — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="232"/>
        <source>Heading:</source>
        <translation>Pennawd:</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="242"/>
        <source>Nothing to carry forward from {label}</source>
        <translation>Dim i&apos;w gario ymlaen o {label}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="254"/>
        <source>There is no indicator {code}.</source>
        <translation>Nid oes dangosydd {code}.</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="259"/>
        <source>no figure</source>
        <translation>dim ffigur</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="264"/>
        <source>Indicator: {code} {title}</source>
        <translation>Dangosydd: {code} {title}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="266"/>
        <source>Five-year trend: {trend}</source>
        <translation>Tuedd pum mlynedd: {trend}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="268"/>
        <source>Target {year}: none set</source>
        <translation>Targed {year}: dim wedi&apos;i osod</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="271"/>
        <source>Management target {year}: {figure}</source>
        <translation>Targed rheoli {year}: {figure}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="273"/>
        <source>Target {year}: {figure}</source>
        <translation>Targed {year}: {figure}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="275"/>
        <source> — how it was calculated: {rationale}</source>
        <translation> — sut y cafodd ei gyfrifo: {rationale}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="277"/>
        <source> — no rationale written (Targets editor)</source>
        <translation> — dim rhesymeg wedi&apos;i hysgrifennu (golygydd y Targedau)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="280"/>
        <source>Q{quarter} {figure}</source>
        <translation>Ch{quarter} {figure}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="283"/>
        <source>Expected quarterly improvements: {steps}</source>
        <translation>Gwelliannau chwarterol disgwyliedig: {steps}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="286"/>
        <source>Expected quarterly improvements: no trajectory set (Targets editor)</source>
        <translation>Gwelliannau chwarterol disgwyliedig: dim trywydd wedi&apos;i osod (golygydd y Targedau)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="327"/>
        <source>Trend, target and trajectory</source>
        <translation>Tuedd, targed a thrywydd</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="329"/>
        <source>&amp;New key area…</source>
        <translation>Maes allweddol &amp;newydd…</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="343"/>
        <source>&lt;h2&gt;Key areas — {label}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Meysydd allweddol — {label}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="363"/>
        <source>New key area — Craffu</source>
        <translation>Maes allweddol newydd — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="364"/>
        <source>Title:</source>
        <translation>Teitl:</translation>
    </message>
</context>
<context>
    <name>editors.settings</name>
    <message>
        <location filename="../../gui/editors/settings.py" line="155"/>
        <source>Report settings</source>
        <translation>Gosodiadau&apos;r adroddiad</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="165"/>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="175"/>
        <source>&lt;h3&gt;Meeting for {label}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Cyfarfod ar gyfer {label}&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="186"/>
        <source>Cover report</source>
        <translation>Adroddiad clawr</translation>
    </message>
</context>
<context>
    <name>editors.table_block</name>
    <message>
        <location filename="../../gui/editors/table_block.py" line="45"/>
        <source>row {row}, column {column} of the pasted cells</source>
        <translation>rhes {row}, colofn {column} o&apos;r celloedd a ludwyd</translation>
    </message>
    <message>
        <location filename="../../gui/editors/table_block.py" line="104"/>
        <source>Copied {rows} × {columns} cells</source>
        <extracomment>What a copy or paste did, for the status bar. A refused paste: the first bad cell and why.</extracomment>
        <translation>Copïwyd {rows} × {columns} cell</translation>
    </message>
    <message>
        <location filename="../../gui/editors/table_block.py" line="118"/>
        <source>choose a cell and copy some cells first</source>
        <translation>dewiswch gell a chopïwch rai celloedd yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../gui/editors/table_block.py" line="130"/>
        <source>the pasted cells are {rows} rows by {columns} columns but only {room_rows} rows by {room_columns} columns are there from the current cell</source>
        <translation>mae&apos;r celloedd a ludwyd yn {rows} rhes wrth {columns} colofn ond dim ond {room_rows} rhes wrth {room_columns} colofn sydd yno o&apos;r gell bresennol</translation>
    </message>
    <message>
        <location filename="../../gui/editors/table_block.py" line="164"/>
        <source>Cleared {count} cell (one undo step)</source>
        <translation>Cliriwyd {count} cell (un cam dadwneud)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/table_block.py" line="166"/>
        <source>Cleared {count} cells (one undo step)</source>
        <translation>Cliriwyd {count} cell (un cam dadwneud)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/table_block.py" line="168"/>
        <source>Pasted {count} cell (one undo step)</source>
        <translation>Gludwyd {count} cell (un cam dadwneud)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/table_block.py" line="170"/>
        <source>Pasted {count} cells (one undo step)</source>
        <translation>Gludwyd {count} cell (un cam dadwneud)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/table_block.py" line="175"/>
        <source>Nothing pasted: {reason}</source>
        <translation>Dim wedi&apos;i ludo: {reason}</translation>
    </message>
</context>
<context>
    <name>editors.table_editor</name>
    <message>
        <location filename="../../gui/editors/table_editor.py" line="63"/>
        <source>Message</source>
        <extracomment>Whether each row is an indicator (its key is the indicator&apos;s code).</extracomment>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../gui/editors/table_editor.py" line="118"/>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Refused:&lt;/b&gt;&lt;/span&gt; {reason}</source>
        <extracomment>The widest a column is made to fit its contents (long texts wrap in their tooltip).</extracomment>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Gwrthodwyd:&lt;/b&gt;&lt;/span&gt; {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/table_editor.py" line="124"/>
        <source>Refused: {reason}</source>
        <translation>Gwrthodwyd: {reason}</translation>
    </message>
</context>
<context>
    <name>editors.targets</name>
    <message>
        <location filename="../../gui/editors/targets.py" line="49"/>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <location filename="../../gui/editors/targets.py" line="51"/>
        <source>Indicator</source>
        <translation>Dangosydd</translation>
    </message>
    <message>
        <location filename="../../gui/editors/targets.py" line="53"/>
        <source>Last year&apos;s target</source>
        <translation>Targed y llynedd</translation>
    </message>
    <message>
        <location filename="../../gui/editors/targets.py" line="55"/>
        <source>the previous financial year&apos;s annual target (for reference)</source>
        <translation>targed blynyddol y flwyddyn ariannol flaenorol (er gwybodaeth)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/targets.py" line="57"/>
        <source>Annual target</source>
        <translation>Targed blynyddol</translation>
    </message>
    <message>
        <location filename="../../gui/editors/targets.py" line="59"/>
        <source>Trajectory Q1; Q2; Q3; Q4</source>
        <translation>Trywydd Ch1; Ch2; Ch3; Ch4</translation>
    </message>
    <message>
        <location filename="../../gui/editors/targets.py" line="62"/>
        <source>expected quarterly figures, all four or none</source>
        <translation>ffigurau chwarterol disgwyliedig, y pedwar neu ddim un</translation>
    </message>
    <message>
        <location filename="../../gui/editors/targets.py" line="64"/>
        <source>Management target</source>
        <translation>Targed rheoli</translation>
    </message>
    <message>
        <location filename="../../gui/editors/targets.py" line="66"/>
        <source>Rationale (how it was calculated)</source>
        <translation>Rhesymeg (sut y cafodd ei gyfrifo)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/targets.py" line="68"/>
        <source>Rationale (Welsh)</source>
        <translation>Rhesymeg (Cymraeg)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/targets.py" line="74"/>
        <source>Targets</source>
        <translation>Targedau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/targets.py" line="80"/>
        <source>&lt;h2&gt;Targets for {label}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Targedau ar gyfer {label}&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>excel_actions</name>
    <message>
        <location filename="../../gui/excel_actions.py" line="29"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Llyfrau gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/excel_actions.py" line="42"/>
        <source>All groups ({count} indicator)</source>
        <translation>Pob grŵp ({count} dangosydd)</translation>
    </message>
    <message>
        <location filename="../../gui/excel_actions.py" line="43"/>
        <source>All groups ({count} indicators)</source>
        <translation>Pob grŵp ({count} dangosydd)</translation>
    </message>
    <message>
        <location filename="../../gui/excel_actions.py" line="46"/>
        <source>{group} ({count} indicator)</source>
        <translation>{group} ({count} dangosydd)</translation>
    </message>
    <message>
        <location filename="../../gui/excel_actions.py" line="47"/>
        <source>{group} ({count} indicators)</source>
        <translation>{group} ({count} dangosydd)</translation>
    </message>
    <message>
        <location filename="../../gui/excel_actions.py" line="57"/>
        <source>Data-collection template — Craffu</source>
        <translation>Templed casglu data — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/excel_actions.py" line="59"/>
        <source>Indicators in the template</source>
        <translation>Dangosyddion yn y templed</translation>
    </message>
    <message>
        <location filename="../../gui/excel_actions.py" line="63"/>
        <source>A workbook for a service to fill with its {label} figures and commentary. Import it back with File ▸ Import: you see every change before it is applied.</source>
        <translation>Llyfr gwaith i wasanaeth ei lenwi â&apos;i ffigurau a&apos;i sylwebaeth ar gyfer {label}. Mewnforiwch ef yn ôl gyda Ffeil ▸ Mewnforio: fe welwch bob newid cyn iddo gael ei wneud.</translation>
    </message>
    <message>
        <location filename="../../gui/excel_actions.py" line="73"/>
        <source>Choose file…</source>
        <translation>Dewis ffeil…</translation>
    </message>
    <message>
        <location filename="../../gui/excel_actions.py" line="79"/>
        <source>&amp;Indicators:</source>
        <translation>&amp;Dangosyddion:</translation>
    </message>
    <message>
        <location filename="../../gui/excel_actions.py" line="96"/>
        <source>{pack} {period} return</source>
        <translation>{pack} {period} ffurflen</translation>
    </message>
    <message>
        <location filename="../../gui/excel_actions.py" line="98"/>
        <source>Export Excel return</source>
        <translation>Allforio ffurflen Excel</translation>
    </message>
    <message>
        <location filename="../../gui/excel_actions.py" line="109"/>
        <source>Exporting the Excel return</source>
        <translation>Wrthi&apos;n allforio&apos;r ffurflen Excel</translation>
    </message>
    <message>
        <location filename="../../gui/excel_actions.py" line="122"/>
        <source>{pack} {period} template {group}</source>
        <translation>{pack} {period} templed {group}</translation>
    </message>
    <message>
        <location filename="../../gui/excel_actions.py" line="124"/>
        <source>{pack} {period} template</source>
        <translation>{pack} {period} templed</translation>
    </message>
    <message>
        <location filename="../../gui/excel_actions.py" line="126"/>
        <source>Export data-collection template</source>
        <translation>Allforio templed casglu data</translation>
    </message>
    <message>
        <location filename="../../gui/excel_actions.py" line="138"/>
        <source>Exporting the data-collection template</source>
        <translation>Wrthi&apos;n allforio&apos;r templed casglu data</translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message>
        <location filename="../../gui/file_actions.py" line="38"/>
        <source>Craffu packs (*.craffu)</source>
        <extracomment>The file dialogs&apos; filter for packs (translated where it is shown).</extracomment>
        <translation>Pecynnau Craffu (*.craffu)</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="104"/>
        <source>choose another name: a copy cannot replace the pack itself</source>
        <translation>dewiswch enw arall: ni all copi gymryd lle&apos;r pecyn ei hun</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="126"/>
        <source>Writing {name}…</source>
        <translation>Wrthi&apos;n ysgrifennu {name}…</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="147"/>
        <source>Wrote {path}</source>
        <translation>Ysgrifennwyd {path}</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="152"/>
        <source>{title} cancelled; nothing was written</source>
        <translation>{title}: wedi&apos;i ganslo; ni ysgrifennwyd dim</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="158"/>
        <source>Exporting the pack</source>
        <translation>Allforio&apos;r pecyn</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="165"/>
        <source>Exporting the scorecard</source>
        <translation>Allforio&apos;r cerdyn sgorio</translation>
    </message>
</context>
<context>
    <name>help_window</name>
    <message>
        <location filename="../../gui/help_window.py" line="54"/>
        <source>{version} (not installed)</source>
        <translation>{version} (heb ei osod)</translation>
    </message>
    <message>
        <location filename="../../gui/help_window.py" line="70"/>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="../../gui/help_window.py" line="74"/>
        <source>&amp;Contents</source>
        <translation>&amp;Cynnwys</translation>
    </message>
    <message>
        <location filename="../../gui/help_window.py" line="122"/>
        <source>User guide</source>
        <translation>Canllaw defnyddwyr</translation>
    </message>
    <message>
        <location filename="../../gui/help_window.py" line="134"/>
        <source>Menu</source>
        <translation>Dewislen</translation>
    </message>
    <message>
        <location filename="../../gui/help_window.py" line="135"/>
        <source>Action</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <location filename="../../gui/help_window.py" line="136"/>
        <source>Keys</source>
        <translation>Bysellau</translation>
    </message>
    <message>
        <location filename="../../gui/help_window.py" line="137"/>
        <source>&lt;h2&gt;Keyboard shortcuts&lt;/h2&gt;&lt;p&gt;In the grids: &lt;b&gt;Return&lt;/b&gt; enters the figure and moves down, &lt;b&gt;Tab&lt;/b&gt; moves right, &lt;b&gt;F2&lt;/b&gt; or typing edits, &lt;b&gt;Escape&lt;/b&gt; leaves the cell as it was, &lt;b&gt;Delete&lt;/b&gt; clears the selected cells, &lt;b&gt;Ctrl+C&lt;/b&gt; / &lt;b&gt;Ctrl+V&lt;/b&gt; copy and paste blocks as in Excel; a click on a column&apos;s heading sorts by it (again: the other way round).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Llwybrau byr y bysellfwrdd&lt;/h2&gt;&lt;p&gt;Yn y gridiau: mae &lt;b&gt;Return&lt;/b&gt; yn rhoi&apos;r ffigur i mewn ac yn symud i lawr, mae &lt;b&gt;Tab&lt;/b&gt; yn symud i&apos;r dde, mae &lt;b&gt;F2&lt;/b&gt; neu deipio yn golygu, mae &lt;b&gt;Escape&lt;/b&gt; yn gadael y gell fel yr oedd, mae &lt;b&gt;Delete&lt;/b&gt; yn clirio&apos;r celloedd a ddewiswyd, mae &lt;b&gt;Ctrl+C&lt;/b&gt; / &lt;b&gt;Ctrl+V&lt;/b&gt; yn copïo ac yn gludo blociau fel yn Excel; mae clicio ar bennawd colofn yn trefnu yn ôl y golofn honno (eto: i&apos;r gwrthwyneb).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/help_window.py" line="149"/>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <location filename="../../gui/help_window.py" line="158"/>
        <source>no pack is open</source>
        <translation>nid oes pecyn ar agor</translation>
    </message>
    <message>
        <location filename="../../gui/help_window.py" line="162"/>
        <source>The licence file is missing from this installation.</source>
        <translation>Mae ffeil y drwydded ar goll o&apos;r gosodiad hwn.</translation>
    </message>
    <message>
        <location filename="../../gui/help_window.py" line="165"/>
        <source>&lt;p&gt;&lt;i&gt;Craffu&lt;/i&gt; is Welsh for “to scrutinise”: quarterly performance papers for a council scrutiny committee, prepared offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ystyr &lt;i&gt;Craffu&lt;/i&gt; yn Saesneg yw “to scrutinise”: papurau perfformiad chwarterol ar gyfer pwyllgor craffu cyngor, wedi&apos;u paratoi all-lein.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/help_window.py" line="168"/>
        <source>&lt;p&gt;Python {python}, Qt for Python (PySide6) {pyside}, on {system}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Python {python}, Qt for Python (PySide6) {pyside}, ar {system}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/help_window.py" line="172"/>
        <source>&lt;h3&gt;Where your data lives&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Ble mae&apos;ch data&apos;n cael ei gadw&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/help_window.py" line="173"/>
        <source>&lt;li&gt;The pack open now: &lt;b&gt;{pack}&lt;/b&gt;. Every change is saved there at once; its history (who changed what, when) is kept inside it.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Y pecyn sydd ar agor nawr: &lt;b&gt;{pack}&lt;/b&gt;. Caiff pob newid ei gadw yno ar unwaith; cedwir ei hanes (pwy newidiodd beth, a phryd) y tu mewn iddo.&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/help_window.py" line="177"/>
        <source>&lt;li&gt;This computer&apos;s settings (recent packs, window layout, the last folders, the papers&apos; language): &lt;b&gt;{settings}&lt;/b&gt;.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Gosodiadau&apos;r cyfrifiadur hwn (pecynnau diweddar, cynllun y ffenestr, y ffolderi diwethaf, iaith y papurau): &lt;b&gt;{settings}&lt;/b&gt;.&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/help_window.py" line="181"/>
        <source>&lt;li&gt;The working copy of the sample pack: &lt;b&gt;{folder}&lt;/b&gt;.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Copi gweithio&apos;r pecyn enghreifftiol: &lt;b&gt;{folder}&lt;/b&gt;.&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/help_window.py" line="185"/>
        <source>&lt;h3&gt;Fonts&lt;/h3&gt;&lt;p&gt;The papers and symbols use DejaVu Sans, bundled with Craffu under its licence (Bitstream Vera licence; DejaVu changes are in the public domain):&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ffontiau&lt;/h3&gt;&lt;p&gt;Mae&apos;r papurau a&apos;r symbolau&apos;n defnyddio DejaVu Sans, sy&apos;n dod gyda Craffu o dan ei drwydded (trwydded Bitstream Vera; mae newidiadau DejaVu yn y parth cyhoeddus):&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/help_window.py" line="193"/>
        <source>About Craffu</source>
        <translation>Ynghylch Craffu</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <location filename="../../gui/import_dialog.py" line="50"/>
        <source>group</source>
        <extracomment>The kinds of record (``model.records``) as the preview names them.</extracomment>
        <translation>grŵp</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="51"/>
        <source>indicator</source>
        <translation>dangosydd</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="52"/>
        <source>value</source>
        <translation>gwerth</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="53"/>
        <source>target</source>
        <translation>targed</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="54"/>
        <source>commentary</source>
        <translation>sylwebaeth</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="55"/>
        <source>forecast override</source>
        <translation>rhagolwg wedi&apos;i ddiystyru</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="56"/>
        <source>commitment</source>
        <translation>ymrwymiad</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="57"/>
        <source>commitment update</source>
        <translation>diweddariad ymrwymiad</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="58"/>
        <source>breakdown</source>
        <translation>dadansoddiad</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="59"/>
        <source>snapshot</source>
        <translation>ciplun</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="60"/>
        <source>narrative</source>
        <translation>naratif</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="61"/>
        <source>key area</source>
        <translation>maes allweddol</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="62"/>
        <source>budget line</source>
        <translation>llinell gyllideb</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="63"/>
        <source>settings</source>
        <translation>gosodiadau</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="64"/>
        <source>period state</source>
        <translation>cyflwr y cyfnod</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="65"/>
        <source>meeting</source>
        <translation>cyfarfod</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="66"/>
        <source>publication</source>
        <translation>cyhoeddiad</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="77"/>
        <source>(blank)</source>
        <translation>(gwag)</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="87"/>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="88"/>
        <source>Indicator / ref</source>
        <translation>Dangosydd / cyf</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="89"/>
        <source>Period / year</source>
        <translation>Cyfnod / blwyddyn</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="90"/>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="91"/>
        <source>Old</source>
        <translation>Hen</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="92"/>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="106"/>
        <source>(new record)</source>
        <translation>(cofnod newydd)</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="123"/>
        <source>Import {name} — Craffu</source>
        <translation>Mewnforio {name} — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="127"/>
        <source>&lt;b&gt;{summary}&lt;/b&gt;&lt;br&gt;{len:,} fields change. Nothing is changed until you apply; Edit ▸ Undo takes the whole import back.</source>
        <translation>&lt;b&gt;{summary}&lt;/b&gt;&lt;br&gt;Mae {len:,} maes yn newid. Nid oes dim yn newid nes i chi ei weithredu; mae Golygu ▸ Dadwneud yn dadwneud y mewnforio cyfan.</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="136"/>
        <source>Changes the import makes</source>
        <translation>Y newidiadau a wna&apos;r mewnforio</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="143"/>
        <source>&amp;Apply import</source>
        <translation>&amp;Gweithredu&apos;r mewnforio</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="152"/>
        <source>Figures to correct before publishing</source>
        <translation>Ffigurau i&apos;w cywiro cyn cyhoeddi</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="166"/>
        <source>… and {count:,} more</source>
        <translation>… a {count:,} arall</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="168"/>
        <source>&lt;b&gt;To correct before publishing&lt;/b&gt; (imported as given; the checks report them):&lt;br&gt;</source>
        <translation>&lt;b&gt;I&apos;w cywiro cyn cyhoeddi&lt;/b&gt; (wedi&apos;u mewnforio fel y&apos;u rhoddwyd; mae&apos;r gwiriadau yn eu nodi):&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="186"/>
        <source>Reading {name}…</source>
        <translation>Wrthi&apos;n darllen {name}…</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="187"/>
        <source>Import cancelled; nothing changed</source>
        <translation>Canslwyd y mewnforio; ni newidiodd dim</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="202"/>
        <source>{name}: nothing to import, the pack already has all of it</source>
        <translation>{name}: dim i&apos;w fewnforio, mae&apos;r cyfan gan y pecyn eisoes</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="214"/>
        <source>Imported {summary}</source>
        <translation>Mewnforiwyd {summary}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="220"/>
        <source>{name} was not imported; nothing changed.</source>
        <translation>Ni fewnforiwyd {name}; ni newidiodd dim.</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="222"/>
        <source>{count} problem:</source>
        <translation>{count} problem:</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="223"/>
        <source>{count} problems:</source>
        <translation>{count} problem:</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="227"/>
        <source>Import refused — Craffu</source>
        <translation>Gwrthodwyd y mewnforio — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="229"/>
        <source>Importing {name}</source>
        <translation>Wrthi&apos;n mewnforio {name}</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../gui/jobs.py" line="126"/>
        <source>Cancel</source>
        <extracomment>Raised by ``JobProgress.check`` once the user has cancelled (the model&apos;s own exception, so that plain-Python work, e.g. an exporter, can raise it too). How often the text reported through ``progress(text)`` reaches the dialog (seconds).</extracomment>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../gui/jobs.py" line="145"/>
        <source>Cancelling…</source>
        <translation>Wrthi&apos;n canslo…</translation>
    </message>
    <message>
        <location filename="../../gui/jobs.py" line="197"/>
        <source>{title} did not finish.

{payload}</source>
        <translation>Ni orffennodd {title}.

{payload}</translation>
    </message>
</context>
<context>
    <name>live_view</name>
    <message>
        <location filename="../../gui/live_view.py" line="43"/>
        <source>Updated by {user}: {action}</source>
        <translation>Diweddarwyd gan {user}: {action}</translation>
    </message>
    <message>
        <location filename="../../gui/live_view.py" line="47"/>
        <source>Updated by {user} at {time} today: {action}</source>
        <translation>Diweddarwyd gan {user} am {time} heddiw: {action}</translation>
    </message>
    <message>
        <location filename="../../gui/live_view.py" line="49"/>
        <source>Updated by {user} at {time} on {date}: {action}</source>
        <translation>Diweddarwyd gan {user} am {time} ar {date}: {action}</translation>
    </message>
    <message>
        <location filename="../../gui/live_view.py" line="74"/>
        <source>Last update</source>
        <translation>Diweddariad diwethaf</translation>
    </message>
    <message>
        <location filename="../../gui/live_view.py" line="106"/>
        <source>Cannot read {name} just now; showing it as it was ({exc})</source>
        <translation>Methu darllen {name} ar hyn o bryd; yn ei ddangos fel yr oedd ({exc})</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../../gui/window_words.py" line="44"/>
        <source>{title} [read-only]</source>
        <translation>{title} [darllen yn unig]</translation>
    </message>
    <message>
        <location filename="../../gui/window_words.py" line="46"/>
        <source>{title} (changes saved)</source>
        <translation>{title} (newidiadau wedi&apos;u cadw)</translation>
    </message>
    <message>
        <location filename="../../gui/window_words.py" line="24"/>
        <source>◀ Previous</source>
        <extracomment>The toolbar&apos;s actions and their short words.</extracomment>
        <translation>◀ Blaenorol</translation>
    </message>
    <message>
        <location filename="../../gui/window_words.py" line="25"/>
        <source>Next ▶</source>
        <translation>Nesaf ▶</translation>
    </message>
    <message>
        <location filename="../../gui/window_words.py" line="26"/>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <location filename="../../gui/window_words.py" line="27"/>
        <source>Redo</source>
        <translation>Ail-wneud</translation>
    </message>
    <message>
        <location filename="../../gui/window_words.py" line="28"/>
        <source>Import…</source>
        <translation>Mewnforio…</translation>
    </message>
    <message>
        <location filename="../../gui/window_words.py" line="29"/>
        <source>Run checks</source>
        <translation>Rhedeg y gwiriadau</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="176"/>
        <location filename="../../gui/window_words.py" line="78"/>
        <source>Opening the pack</source>
        <extracomment>The parts of the body (``gui.workspace.Workspace``) reached as attributes of the window. The window&apos;s frame has painted (``opening``: before the pack is opened). A pack&apos;s scorecard is in the grid (after ``set_pack``). How to ask about typed text the pack refuses on close (tests: a function of the window and the refusals returning &quot;fix&quot;, &quot;discard&quot; or &quot;cancel&quot;; None: a dialog).</extracomment>
        <translation>Wrthi&apos;n agor y pecyn</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="178"/>
        <source>Opening…</source>
        <translation>Wrthi&apos;n agor…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="191"/>
        <location filename="../../gui/window_words.py" line="76"/>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="200"/>
        <location filename="../../gui/window_words.py" line="79"/>
        <source>Saved state</source>
        <translation>Cyflwr cadw</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="232"/>
        <source>Opening {pack}…</source>
        <translation>Wrthi&apos;n agor {pack}…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="245"/>
        <source>{pack} could not be opened.&lt;br&gt;Use File ▸ Open pack to choose another.</source>
        <translation>Nid oedd modd agor {pack}.&lt;br&gt;Defnyddiwch Ffeil ▸ Agor pecyn i ddewis un arall.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="349"/>
        <source>The change was saved, but part of the window could not show it ({problem}); reopen the pack to refresh it</source>
        <translation>Cadwyd y newid, ond nid oedd modd i ran o&apos;r ffenestr ei ddangos ({problem}); ailagorwch y pecyn i&apos;w adnewyddu</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="390"/>
        <source>Wrote {path}</source>
        <translation>Ysgrifennwyd {path}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="404"/>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Dadwneud {change}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="405"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="406"/>
        <source>&amp;Redo {change}</source>
        <translation>&amp;Ail-wneud {change}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="407"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="429"/>
        <source>Read-only: changes cannot be made</source>
        <translation>Darllen yn unig: nid oes modd gwneud newidiadau</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="431"/>
        <source>Saving…</source>
        <translation>Wrthi&apos;n cadw…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="435"/>
        <source>{period} is final · every change is saved</source>
        <translation>Mae {period} yn derfynol · mae pob newid wedi&apos;i gadw</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="438"/>
        <source>Every change is saved</source>
        <translation>Mae pob newid wedi&apos;i gadw</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="487"/>
        <source>(no recent packs)</source>
        <translation>(dim pecynnau diweddar)</translation>
    </message>
</context>
<context>
    <name>navigator</name>
    <message>
        <location filename="../../gui/navigator.py" line="23"/>
        <source>Scorecard</source>
        <translation>Cerdyn sgorio</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="24"/>
        <source>Indicator definitions</source>
        <translation>Diffiniadau&apos;r dangosyddion</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="25"/>
        <source>Targets</source>
        <translation>Targedau</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="26"/>
        <source>Commentary</source>
        <translation>Sylwebaeth</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="27"/>
        <source>Commitments</source>
        <translation>Ymrwymiadau</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="28"/>
        <source>Budget update</source>
        <translation>Diweddariad y gyllideb</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="29"/>
        <source>Breakdowns</source>
        <translation>Dadansoddiadau</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="30"/>
        <source>Snapshots</source>
        <translation>Cipluniau</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="31"/>
        <source>Narratives</source>
        <translation>Naratifau</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="32"/>
        <source>Key areas</source>
        <translation>Meysydd allweddol</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="33"/>
        <source>Cover report</source>
        <translation>Adroddiad clawr</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="34"/>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="48"/>
        <location filename="../../gui/navigator.py" line="92"/>
        <source>Navigator</source>
        <translation>Llywiwr</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="80"/>
        <location filename="../../gui/navigator.py" line="99"/>
        <source>Other indicators</source>
        <translation>Dangosyddion eraill</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="81"/>
        <location filename="../../gui/navigator.py" line="100"/>
        <source>Indicators in no group</source>
        <translation>Dangosyddion heb grŵp</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="117"/>
        <source>Dashboard</source>
        <translation>Dangosfwrdd</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <location filename="../../gui/opening.py" line="40"/>
        <source>Open read-only</source>
        <extracomment>The button that opens a locked pack read-only (translated where it is shown).</extracomment>
        <translation>Agor i&apos;w ddarllen yn unig</translation>
    </message>
    <message>
        <location filename="../../gui/opening.py" line="49"/>
        <source>another user</source>
        <translation>defnyddiwr arall</translation>
    </message>
    <message>
        <location filename="../../gui/opening.py" line="50"/>
        <source>{name} is already open for editing by {who}</source>
        <translation>Mae {name} eisoes ar agor i&apos;w olygu gan {who}</translation>
    </message>
    <message>
        <location filename="../../gui/opening.py" line="53"/>
        <source> on {host}</source>
        <translation> ar {host}</translation>
    </message>
    <message>
        <location filename="../../gui/opening.py" line="55"/>
        <source> since {since}</source>
        <translation> ers {since}</translation>
    </message>
    <message>
        <location filename="../../gui/opening.py" line="56"/>
        <source>.

You can open it read-only to look at it and print from it. To make changes, ask them to close it first.</source>
        <translation>.

Gallwch ei agor i&apos;w ddarllen yn unig er mwyn edrych arno ac argraffu ohono. I wneud newidiadau, gofynnwch iddynt ei gau yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../gui/opening.py" line="82"/>
        <source>Opened read-only</source>
        <translation>Wedi&apos;i agor i&apos;w ddarllen yn unig</translation>
    </message>
    <message>
        <location filename="../../gui/opening.py" line="83"/>
        <source>{problem}.

Craffu has opened it read-only: you can look at it, check it and print from it, but not change it.</source>
        <translation>{problem}.

Mae Craffu wedi&apos;i agor i&apos;w ddarllen yn unig: gallwch edrych arno, ei wirio ac argraffu ohono, ond nid ei newid.</translation>
    </message>
    <message>
        <location filename="../../gui/opening.py" line="93"/>
        <location filename="../../gui/opening.py" line="98"/>
        <source>Cannot open pack</source>
        <translation>Methu agor y pecyn</translation>
    </message>
    <message>
        <location filename="../../gui/opening.py" line="94"/>
        <location filename="../../gui/opening.py" line="99"/>
        <source>Craffu cannot open {name}.

{problem}</source>
        <translation>Ni all Craffu agor {name}.

{problem}</translation>
    </message>
    <message>
        <location filename="../../gui/opening.py" line="116"/>
        <source>Pack in use — Craffu</source>
        <translation>Pecyn yn cael ei ddefnyddio — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/opening.py" line="117"/>
        <source>{name} is in use</source>
        <translation>Mae {name} yn cael ei ddefnyddio</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../gui/pages.py" line="57"/>
        <source>Dashboard</source>
        <translation>Dangosfwrdd</translation>
    </message>
</context>
<context>
    <name>paper_actions</name>
    <message>
        <location filename="../../gui/paper_actions.py" line="45"/>
        <source>English</source>
        <extracomment>The languages a paper can be made in: (code, English words, shown translated).</extracomment>
        <translation>Saesneg</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="46"/>
        <source>Cymraeg (Welsh)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="47"/>
        <source>English and Welsh (bilingual)</source>
        <translation>Saesneg a Chymraeg (dwyieithog)</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="48"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="49"/>
        <source>Web pages (*.html)</source>
        <translation>Tudalennau gwe (*.html)</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="51"/>
        <source>Make</source>
        <extracomment>The default button of the options dialog when none is named.</extracomment>
        <translation>Gwneud</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="52"/>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="53"/>
        <source>Preview</source>
        <translation>Rhagweld</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="54"/>
        <source>Preview to print</source>
        <translation>Rhagweld i&apos;w argraffu</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="107"/>
        <source>Language of the paper</source>
        <translation>Iaith y papur</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="112"/>
        <source>For &amp;publication: hide small numbers</source>
        <translation>I&apos;w &amp;gyhoeddi: cuddio niferoedd bach</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="114"/>
        <source>For publication</source>
        <translation>I&apos;w gyhoeddi</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="117"/>
        <source>Counts of {small}, and percentages of fewer than {threshold}, are shown as * (the key says why). Leave unticked for internal drafts, which show every figure.</source>
        <translation>Dangosir cyfrifon o {small}, a chanrannau o lai na {threshold}, fel * (mae&apos;r allwedd yn dweud pam). Gadewch heb dic ar gyfer drafftiau mewnol, sy&apos;n dangos pob ffigur.</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="125"/>
        <source>Drafts show every figure. Published papers hide counts of {small} (and percentages of so few) as *.</source>
        <translation>Mae drafftiau&apos;n dangos pob ffigur. Mae papurau cyhoeddedig yn cuddio cyfrifon o {small} (a chanrannau o gyn lleied) fel *.</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="140"/>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="200"/>
        <source>Export scorecard PDF</source>
        <translation>Allforio PDF y cerdyn sgorio</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="201"/>
        <source>Scorecard PDF</source>
        <translation>PDF y cerdyn sgorio</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="206"/>
        <source>Export committee pack PDF</source>
        <translation>Allforio PDF pecyn y pwyllgor</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="207"/>
        <source>Committee pack PDF</source>
        <translation>PDF pecyn y pwyllgor</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="214"/>
        <source>Export HTML edition</source>
        <translation>Allforio&apos;r fersiwn HTML</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="218"/>
        <source>HTML edition</source>
        <translation>Fersiwn HTML</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="230"/>
        <source>Exporting the HTML edition</source>
        <translation>Wrthi&apos;n allforio&apos;r fersiwn HTML</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="236"/>
        <source>Preview the scorecard</source>
        <translation>Rhagweld y cerdyn sgorio</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="247"/>
        <source>Preview the committee pack</source>
        <translation>Rhagweld pecyn y pwyllgor</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="257"/>
        <source>Print the scorecard</source>
        <translation>Argraffu&apos;r cerdyn sgorio</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="269"/>
        <source>Print the committee pack</source>
        <translation>Argraffu pecyn y pwyllgor</translation>
    </message>
</context>
<context>
    <name>pdf_preview</name>
    <message>
        <location filename="../../gui/pdf_preview.py" line="66"/>
        <source>Scorecard</source>
        <extracomment>Each paper&apos;s words: its title, the job making it and the message when it fails ({exc}).</extracomment>
        <translation>Cerdyn sgorio</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="67"/>
        <source>Making the scorecard</source>
        <translation>Wrthi&apos;n gwneud y cerdyn sgorio</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="68"/>
        <source>The scorecard could not be made.

{exc}</source>
        <translation>Nid oedd modd gwneud y cerdyn sgorio.

{exc}</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="70"/>
        <source>Committee pack</source>
        <translation>Pecyn y pwyllgor</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="71"/>
        <source>Making the committee pack</source>
        <translation>Wrthi&apos;n gwneud pecyn y pwyllgor</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="72"/>
        <source>The committee pack could not be made.

{exc}</source>
        <translation>Nid oedd modd gwneud pecyn y pwyllgor.

{exc}</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="93"/>
        <source>Pages of the paper</source>
        <translation>Tudalennau&apos;r papur</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="98"/>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="115"/>
        <source>The paper could not be shown.</source>
        <translation>Nid oedd modd dangos y papur.</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="116"/>
        <source>{count} page</source>
        <translation>{count} tudalen</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="117"/>
        <source>{count} pages</source>
        <translation>{count} tudalen</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="128"/>
        <location filename="../../gui/pdf_preview.py" line="134"/>
        <source>Print the paper</source>
        <translation>Argraffu&apos;r papur</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="135"/>
        <source>Nothing was printed: {problem}.</source>
        <translation>Ni argraffwyd dim: {problem}.</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="157"/>
        <source>the printer could not be started</source>
        <translation>nid oedd modd cychwyn yr argraffydd</translation>
    </message>
</context>
<context>
    <name>period_final</name>
    <message>
        <location filename="../../gui/period_final.py" line="34"/>
        <source>Mark {label} final — Craffu</source>
        <translation>Nodi bod {label} yn derfynol — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="35"/>
        <source>Mark {label} final?</source>
        <translation>Nodi bod {label} yn derfynol?</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="37"/>
        <source>These become read-only until the period is reopened (with a reason, kept in the history):&lt;ul&gt;</source>
        <translation>Bydd y rhain yn ddarllen yn unig nes i&apos;r cyfnod gael ei ailagor (gyda rheswm, a gedwir yn yr hanes):&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="43"/>
        <source>&lt;/ul&gt;The papers stop saying DRAFT. Edit ▸ Undo takes this back.</source>
        <translation>&lt;/ul&gt;Ni fydd y papurau&apos;n dweud DRAFFT mwyach. Mae Golygu ▸ Dadwneud yn dadwneud hyn.</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="47"/>
        <source>Mark &amp;final</source>
        <translation>Nodi&apos;n &amp;derfynol</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="59"/>
        <source>Reopen {label} — Craffu</source>
        <translation>Ailagor {label} — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="60"/>
        <source>Why is {label} reopened? (kept in the history, e.g. “the service corrected its Q3 figures”)</source>
        <translation>Pam mae {label} yn cael ei ailagor? (a gedwir yn yr hanes, e.e. “cywirodd y gwasanaeth ei ffigurau Ch3”)</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="75"/>
        <source>Not marked final — Craffu</source>
        <translation>Heb ei nodi&apos;n derfynol — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="77"/>
        <source>{label} cannot be marked final yet</source>
        <translation>Nid oes modd nodi bod {label} yn derfynol eto</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="83"/>
        <source>Put these errors right first:
</source>
        <translation>Cywirwch y gwallau hyn yn gyntaf:
</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="86"/>
        <source>
… and {value} more</source>
        <translation>
… a {value} arall</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="94"/>
        <source>Show the &amp;checks</source>
        <translation>Dangos y g&amp;wiriadau</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="118"/>
        <location filename="../../gui/period_final.py" line="123"/>
        <source>Refused: {exc}</source>
        <translation>Gwrthodwyd: {exc}</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="126"/>
        <source>{period} is final: its figures are read-only</source>
        <translation>Mae {period} yn derfynol: mae ei ffigurau&apos;n ddarllen yn unig</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="127"/>
        <source>{period} is open again</source>
        <translation>Mae {period} ar agor eto</translation>
    </message>
</context>
<context>
    <name>period_selector</name>
    <message>
        <location filename="../../gui/period_selector.py" line="22"/>
        <source>Apr–Jun</source>
        <extracomment>The months of each quarter of the financial year.</extracomment>
        <translation>Ebr–Meh</translation>
    </message>
    <message>
        <location filename="../../gui/period_selector.py" line="23"/>
        <source>Jul–Sep</source>
        <translation>Gorff–Medi</translation>
    </message>
    <message>
        <location filename="../../gui/period_selector.py" line="24"/>
        <source>Oct–Dec</source>
        <translation>Hyd–Rhag</translation>
    </message>
    <message>
        <location filename="../../gui/period_selector.py" line="25"/>
        <source>Jan–Mar</source>
        <translation>Ion–Maw</translation>
    </message>
    <message>
        <location filename="../../gui/period_selector.py" line="53"/>
        <source>Financial year</source>
        <translation>Blwyddyn ariannol</translation>
    </message>
    <message>
        <location filename="../../gui/period_selector.py" line="54"/>
        <source>Quarter</source>
        <translation>Chwarter</translation>
    </message>
    <message>
        <location filename="../../gui/period_selector.py" line="56"/>
        <source>Q{quarter} ({months})</source>
        <translation>Ch{quarter} ({months})</translation>
    </message>
    <message>
        <location filename="../../gui/period_selector.py" line="59"/>
        <source>&amp;Period:</source>
        <translation>&amp;Cyfnod:</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <location filename="../../gui/preferences.py" line="113"/>
        <source>Language of the window</source>
        <extracomment>The window&apos;s language, ``cy`` or ``en`` (``gui.language``); until chosen, the system&apos;s.</extracomment>
        <translation>Iaith y ffenestr</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="114"/>
        <source>Preferences — Craffu</source>
        <translation>Dewisiadau — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="119"/>
        <source> characters</source>
        <translation> nod</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="120"/>
        <source>Commentary length limit</source>
        <translation>Terfyn hyd y sylwebaeth</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="125"/>
        <source>Warn when a figure changes from last quarter by more than</source>
        <translation>Rhybuddio pan fydd ffigur yn newid o&apos;r chwarter diwethaf o fwy na</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="128"/>
        <source>&amp;Language / Iaith:</source>
        <translation>&amp;Iaith / Language:</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="129"/>
        <source>Commentary length &amp;limit:</source>
        <translation>&amp;Terfyn hyd y sylwebaeth:</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="130"/>
        <source>Warn when a figure changes from last &amp;quarter by more than:</source>
        <translation>Rhybuddio pan fydd ffigur yn newid o&apos;r &amp;chwarter diwethaf o fwy na:</translation>
    </message>
</context>
<context>
    <name>progress_board</name>
    <message>
        <location filename="../../gui/progress_board.py" line="43"/>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="44"/>
        <source>Contributors</source>
        <translation>Cyfranwyr</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="45"/>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="46"/>
        <source>Entered</source>
        <translation>Wedi&apos;u rhoi</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="47"/>
        <source>Errors</source>
        <translation>Gwallau</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="48"/>
        <source>Warnings</source>
        <translation>Rhybuddion</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="49"/>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="50"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="52"/>
        <source>in progress</source>
        <extracomment>A group&apos;s state (``model.collection``) as the board shows it.</extracomment>
        <translation>ar y gweill</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="53"/>
        <source>submitted</source>
        <translation>wedi&apos;i gyflwyno</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="54"/>
        <source>accepted</source>
        <translation>wedi&apos;i dderbyn</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="55"/>
        <source>returned</source>
        <translation>wedi&apos;i ddychwelyd</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="105"/>
        <source>Progress of the data-collection round by group</source>
        <translation>Cynnydd y rownd casglu data fesul grŵp</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="107"/>
        <source>&amp;Open for collection</source>
        <translation>&amp;Agor ar gyfer casglu</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="108"/>
        <source>C&amp;lose collection</source>
        <translation>&amp;Cau&apos;r casglu</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="109"/>
        <source>&amp;Submit group</source>
        <translation>Cyflwyno&apos;r &amp;grŵp</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="110"/>
        <source>&amp;Accept</source>
        <translation>&amp;Derbyn</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="111"/>
        <source>&amp;Return…</source>
        <translation>&amp;Dychwelyd…</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="149"/>
        <source>{period}: open for collection</source>
        <translation>{period}: ar agor ar gyfer casglu</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="150"/>
        <source>{period}: collection closed</source>
        <translation>{period}: casglu wedi cau</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="151"/>
        <source>{period}: not open for collection</source>
        <translation>{period}: heb agor ar gyfer casglu</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="160"/>
        <source>{entered} of {indicators}</source>
        <translation>{entered} o {indicators}</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="198"/>
        <source>already open</source>
        <translation>ar agor yn barod</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="198"/>
        <source>Opening a round is for an officer; {you_are}</source>
        <translation>Swyddog sy&apos;n agor rownd; {you_are}</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="202"/>
        <source>not open</source>
        <translation>heb agor</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="202"/>
        <source>Closing a round is for an officer; {you_are}</source>
        <translation>Swyddog sy&apos;n cau rownd; {you_are}</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="207"/>
        <source>Choose a group of yours that is in progress or returned, in an open round</source>
        <translation>Dewiswch un o&apos;ch grwpiau sydd ar y gweill neu wedi&apos;i ddychwelyd, mewn rownd sydd ar agor</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="211"/>
        <source>Accepting is for an officer; {you_are}</source>
        <translation>Swyddog sy&apos;n derbyn grŵp; {you_are}</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="213"/>
        <source>Choose a submitted group</source>
        <translation>Dewiswch grŵp a gyflwynwyd</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="215"/>
        <source>Returning is for an officer; {you_are}</source>
        <translation>Swyddog sy&apos;n dychwelyd grŵp; {you_are}</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="217"/>
        <source>Choose a submitted or accepted group</source>
        <translation>Dewiswch grŵp a gyflwynwyd neu a dderbyniwyd</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="242"/>
        <source>Return to the service — Craffu</source>
        <translation>Dychwelyd i&apos;r gwasanaeth — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="243"/>
        <source>What should {group}&apos;s contributors correct?</source>
        <translation>Beth ddylai cyfranwyr {group} ei gywiro?</translation>
    </message>
</context>
<context>
    <name>publish_dialog</name>
    <message>
        <location filename="../../gui/publish_dialog.py" line="48"/>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="49"/>
        <source>Cymraeg (Welsh)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="50"/>
        <source>English and Welsh</source>
        <translation>Saesneg a Chymraeg</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="59"/>
        <source>Publish {label} — Craffu</source>
        <translation>Cyhoeddi {label} — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="68"/>
        <source>Why the period cannot be published yet</source>
        <translation>Pam nad oes modd cyhoeddi&apos;r cyfnod eto</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="77"/>
        <source>&amp;Language of the papers</source>
        <translation>&amp;Iaith y papurau</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="81"/>
        <location filename="../../gui/publish_dialog.py" line="139"/>
        <source>Folder for the published edition</source>
        <translation>Ffolder ar gyfer y fersiwn gyhoeddedig</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="83"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="87"/>
        <source>&amp;Folder</source>
        <translation>&amp;Ffolder</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="89"/>
        <source>&lt;b&gt;Changed since publication&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wedi newid ers cyhoeddi&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="92"/>
        <source>What changed in the period since it was published</source>
        <translation>Beth sydd wedi newid yn y cyfnod ers ei gyhoeddi</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="97"/>
        <source>&amp;Publish</source>
        <translation>&amp;Cyhoeddi</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="108"/>
        <source>{name} is open read-only, so the publication cannot be recorded in it</source>
        <translation>Mae {name} ar agor i&apos;w ddarllen yn unig, felly nid oes modd cofnodi&apos;r cyhoeddiad ynddo</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="111"/>
        <source>{label} is final and its checks report no errors: it can be published.</source>
        <translation>Mae {label} yn derfynol ac nid yw ei wiriadau&apos;n nodi unrhyw wallau: gellir ei gyhoeddi.</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="120"/>
        <source>not published yet</source>
        <translation>heb ei gyhoeddi eto</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="122"/>
        <source>published on {published_at} by {user} (publication {number})</source>
        <translation>cyhoeddwyd ar {published_at} gan {user} (cyhoeddiad {number})</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="135"/>
        <source>The period has not been published yet.</source>
        <translation>Nid yw&apos;r cyfnod wedi&apos;i gyhoeddi eto.</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="151"/>
        <location filename="../../gui/publish_dialog.py" line="159"/>
        <location filename="../../gui/publish_dialog.py" line="163"/>
        <location filename="../../gui/publish_dialog.py" line="169"/>
        <source>Publish — Craffu</source>
        <translation>Cyhoeddi — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="152"/>
        <source>Choose a folder first.</source>
        <translation>Dewiswch ffolder yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="170"/>
        <source>Published {label} (publication {number}) to {text}:
{names}
  manifest.json</source>
        <translation>Cyhoeddwyd {label} (cyhoeddiad {number}) i {text}:
{names}
  manifest.json</translation>
    </message>
</context>
<context>
    <name>reading_plot</name>
    <message>
        <location filename="../../gui/reading_plot.py" line="22"/>
        <source>Drawing…</source>
        <extracomment>The note over a section that is not drawn yet for the page&apos;s period (shown translated: ``translate(&quot;reading_plot&quot;, DRAWING)``).</extracomment>
        <translation>Wrthi&apos;n llunio…</translation>
    </message>
</context>
<context>
    <name>scorecard_clipboard</name>
    <message>
        <location filename="../../gui/scorecard_clipboard.py" line="47"/>
        <source>there is no pack to paste into</source>
        <translation>nid oes pecyn i ludo iddo</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_clipboard.py" line="55"/>
        <source>the pasted cells have {block} rows but only {rows} indicator rows are below the current cell</source>
        <translation>mae gan y celloedd a ludwyd {block} rhes ond dim ond {rows} rhes dangosydd sydd o dan y gell bresennol</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_clipboard.py" line="64"/>
        <source>beyond the last column</source>
        <translation>y tu hwnt i&apos;r golofn olaf</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_clipboard.py" line="66"/>
        <source>{code} {name} (row {row}, column {column} of the pasted cells): only the quarter columns Q1 to Q4 take figures</source>
        <translation>{code} {name} (rhes {row}, colofn {column} o&apos;r celloedd a ludwyd): dim ond colofnau&apos;r chwarteri Ch1 i Ch4 sy&apos;n derbyn ffigurau</translation>
    </message>
</context>
<context>
    <name>scorecard_columns</name>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="82"/>
        <source>likely to meet the target</source>
        <extracomment>Printed after the face of an officer&apos;s forecast (explained in its tooltip and the key). A forecast in words (&quot;may meet the target&quot;, never &quot;may to meet the target&quot;).</extracomment>
        <translation>tebygol o gyrraedd y targed</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="83"/>
        <source>may meet the target</source>
        <translation>efallai y bydd yn cyrraedd y targed</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="84"/>
        <source>unlikely to meet the target</source>
        <translation>annhebygol o gyrraedd y targed</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="182"/>
        <source>{mark} an officer&apos;s forecast, not the calculated one: double-click or right-click to change or clear it</source>
        <translation>{mark} rhagolwg swyddog, nid yr un a gyfrifwyd: cliciwch ddwywaith neu de-gliciwch i&apos;w newid neu ei glirio</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="191"/>
        <source>no forecast</source>
        <translation>dim rhagolwg</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="195"/>
        <source>{forecast} (officer&apos;s forecast)</source>
        <translation>{forecast} (rhagolwg y swyddog)</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="204"/>
        <source>No commentary for {period}</source>
        <translation>Dim sylwebaeth ar gyfer {period}</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="221"/>
        <source>this year</source>
        <translation>eleni</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="256"/>
        <source>The figure for {quarter} {year} (blank: not reported or not yet due)</source>
        <translation>Y ffigur ar gyfer {quarter} {year} (gwag: heb ei adrodd neu heb fod yn ddyledus eto)</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="264"/>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="265"/>
        <source>Indicator code</source>
        <translation>Cod y dangosydd</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="268"/>
        <source>Indicator</source>
        <translation>Dangosydd</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="269"/>
        <source>Indicator title</source>
        <translation>Teitl y dangosydd</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="274"/>
        <source>The previous financial year&apos;s year-end (outturn) figure</source>
        <translation>Ffigur diwedd blwyddyn (alldro) y flwyddyn ariannol flaenorol</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="276"/>
        <source>{year}
outturn</source>
        <translation>Alldro
{year}</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="277"/>
        <source>Previous
outturn</source>
        <translation>Alldro
blaenorol</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="285"/>
        <source>Year to
date</source>
        <translation>Blwyddyn
hyd yma</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="286"/>
        <source>Year to date for {period}</source>
        <translation>Blwyddyn hyd yma ar gyfer {period}</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="287"/>
        <source>Year to date</source>
        <translation>Blwyddyn hyd yma</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="291"/>
        <source>Target</source>
        <translation>Targed</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="292"/>
        <source>The target for the year to date (pro rata or trajectory where set)</source>
        <translation>Y targed ar gyfer y flwyddyn hyd yma (pro rata neu&apos;r trywydd lle caiff ei osod)</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="295"/>
        <source>RAG</source>
        <translation>RAG</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="296"/>
        <source>Red / Amber / Green against the target</source>
        <translation>Coch / Ambr / Gwyrdd o&apos;i gymharu â&apos;r targed</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="305"/>
        <source>Trend</source>
        <translation>Tuedd</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="306"/>
        <source>Direction of travel against the comparison period</source>
        <translation>Cyfeiriad teithio o&apos;i gymharu â&apos;r cyfnod cymharu</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="315"/>
        <source>Forecast</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="316"/>
        <source>Forecast: likely, may or unlikely to meet the year&apos;s target</source>
        <translation>Rhagolwg: tebygol, efallai, neu annhebygol o gyrraedd targed y flwyddyn</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="325"/>
        <source>Com-
mentary</source>
        <translation>Sylwe-
baeth</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="326"/>
        <source>Whether commentary is written for the period</source>
        <translation>A yw sylwebaeth wedi&apos;i hysgrifennu ar gyfer y cyfnod</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="329"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="331"/>
        <source>commentary written</source>
        <translation>sylwebaeth wedi&apos;i hysgrifennu</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="332"/>
        <source>no commentary</source>
        <translation>dim sylwebaeth</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="344"/>
        <source>blank</source>
        <extracomment>What each role of an indicator row&apos;s cell is, given the column&apos;s spec, the row and the fonts.</extracomment>
        <translation>gwag</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="381"/>
        <source>Other indicators</source>
        <extracomment>What each role of a group heading row&apos;s cell is (the name in the first column). Every role the grid answers; others are answered at once with nothing. The roles whose values are kept per row; asked for on every paint.</extracomment>
        <translation>Dangosyddion eraill</translation>
    </message>
</context>
<context>
    <name>scorecard_model</name>
    <message>
        <location filename="../../gui/scorecard_model.py" line="204"/>
        <source>{period} is final: its figures are locked. Period ▸ Reopen period to change them</source>
        <extracomment>Record kinds whose change only affects the rows of the indicator in their key. Record kinds whose change can affect every row, the order or the grouping. Emitted after the rows were reloaded or recomputed (the counts may have changed). A typed figure was refused: the cell and the reason. Quarter columns of a final period, with why they are locked. (code, quarter) -&gt; (text typed, why it was refused), until corrected. (column, descending) while sorted by a column; None: the papers&apos; group order. The grid&apos;s font (View ▸ Zoom); None: the application&apos;s.</extracomment>
        <translation>Mae {period} yn derfynol: mae ei ffigurau wedi&apos;u cloi. Cyfnod ▸ Ailagor y cyfnod i&apos;w newid</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_model.py" line="322"/>
        <source>{words}, locked: final</source>
        <translation>{words}, wedi&apos;i gloi: terfynol</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_model.py" line="329"/>
        <source>Refused: {reason} (you typed “{typed}”)</source>
        <translation>Gwrthodwyd: {reason} (teipiwyd “{typed}”)</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_model.py" line="331"/>
        <source>{words}, refused: {reason}</source>
        <translation>{words}, gwrthodwyd: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_model.py" line="382"/>
        <source>not a figure cell</source>
        <translation>nid cell ffigur mo hon</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_model.py" line="385"/>
        <source>{column} is worked out, not entered</source>
        <translation>Mae {column} yn cael ei gyfrifo, nid ei roi</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_model.py" line="389"/>
        <source>{code} is calculated from its formula ({formula}); its figures are worked out, not entered</source>
        <translation>Mae {code} yn cael ei gyfrifo o&apos;i fformiwla ({formula}); mae ei ffigurau&apos;n cael eu cyfrifo, nid eu rhoi</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_model.py" line="409"/>
        <source>there is no pack open</source>
        <translation>nid oes pecyn ar agor</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_model.py" line="418"/>
        <source>not editable</source>
        <translation>dim modd ei olygu</translation>
    </message>
</context>
<context>
    <name>scorecard_page</name>
    <message>
        <location filename="../../gui/scorecard_page.py" line="38"/>
        <source>{mark} after a face: officer&apos;s forecast (the reason is in its tooltip)</source>
        <extracomment>The key&apos;s words for each symbol&apos;s meaning, from the papers&apos; catalogue (``model.words``). The key&apos;s words for the override mark (``{mark}``).</extracomment>
        <translation>{mark} ar ôl wyneb: rhagolwg y swyddog (mae&apos;r rheswm yn ei gyngor offer)</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_page.py" line="91"/>
        <source>Filter by group</source>
        <translation>Hidlo yn ôl grŵp</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_page.py" line="92"/>
        <source>Filter by status</source>
        <translation>Hidlo yn ôl statws</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_page.py" line="93"/>
        <source>All statuses</source>
        <translation>Pob statws</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_page.py" line="97"/>
        <source>Find code, title or commentary</source>
        <translation>Chwilio am god, teitl neu sylwebaeth</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_page.py" line="99"/>
        <source>Find</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_page.py" line="100"/>
        <source>Indicators shown</source>
        <translation>Y dangosyddion a ddangosir</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_page.py" line="101"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grŵp:</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_page.py" line="102"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_page.py" line="103"/>
        <source>Fi&amp;nd:</source>
        <translation>C&amp;hwilio:</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_page.py" line="107"/>
        <source>Key to the symbols</source>
        <translation>Allwedd i&apos;r symbolau</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_page.py" line="118"/>
        <source>All groups</source>
        <translation>Pob grŵp</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_page.py" line="122"/>
        <source>Other indicators</source>
        <translation>Dangosyddion eraill</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_page.py" line="150"/>
        <source>Showing {shown} of {total} indicators</source>
        <translation>Yn dangos {shown} o {total} dangosydd</translation>
    </message>
</context>
<context>
    <name>scorecard_place</name>
    <message>
        <location filename="../../gui/scorecard_place.py" line="102"/>
        <source>Not typed: {reason}</source>
        <translation>Heb ei deipio: {reason}</translation>
    </message>
</context>
<context>
    <name>scorecard_view</name>
    <message>
        <location filename="../../gui/scorecard_view.py" line="87"/>
        <source>Figure for {code} {quarter}</source>
        <extracomment>Extra width given to every cell, so that figures do not touch the grid lines.</extracomment>
        <translation>Ffigur ar gyfer {code} {quarter}</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_view.py" line="92"/>
        <source>A number, or numerator / denominator for a percent or ratio measure (e.g. 120 / 200). Blank: no figure.</source>
        <translation>Rhif, neu rifiadur / enwadur ar gyfer mesur canran neu gymhareb (e.e. 120 / 200). Gwag: dim ffigur.</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_view.py" line="151"/>
        <source>Scorecard</source>
        <extracomment>A message for the status bar: a refused edit or paste, or what a paste did.</extracomment>
        <translation>Cerdyn sgorio</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_view.py" line="335"/>
        <source>Copied {rows} × {columns} cells</source>
        <extracomment>The title column never gets narrower than this; below it the grid scrolls sideways.</extracomment>
        <translation>Copïwyd {rows} × {columns} cell</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_view.py" line="346"/>
        <source>Nothing to paste: choose a quarter cell and copy some figures first</source>
        <translation>Dim i&apos;w ludo: dewiswch gell chwarter a chopïwch rai ffigurau yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_view.py" line="360"/>
        <source>Nothing pasted: {problem}</source>
        <translation>Ni ludwyd dim: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_view.py" line="364"/>
        <source>Pasted {count} figure</source>
        <translation>Gludwyd {count} ffigur</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_view.py" line="366"/>
        <source>Pasted {count} figures</source>
        <translation>Gludwyd {count} ffigur</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_view.py" line="379"/>
        <source>Choose an indicator to override its forecast</source>
        <translation>Dewiswch ddangosydd i ddiystyru ei ragolwg</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_view.py" line="388"/>
        <source>Forecast for {code} {period} saved (Undo takes it back)</source>
        <translation>Cadwyd y rhagolwg ar gyfer {code} {period} (mae Dadwneud yn ei dynnu&apos;n ôl)</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_view.py" line="406"/>
        <source>Refused: {problem}</source>
        <translation>Gwrthodwyd: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_view.py" line="410"/>
        <source>{code}: back to the calculated forecast</source>
        <translation>{code}: yn ôl i&apos;r rhagolwg a gyfrifwyd</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_view.py" line="417"/>
        <source>{name} is open read-only</source>
        <translation>Mae {name} ar agor i&apos;w ddarllen yn unig</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_view.py" line="420"/>
        <source>{period} is final; reopen the period to change its forecasts</source>
        <translation>Mae {period} yn derfynol; ailagorwch y cyfnod i newid ei ragolygon</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_view.py" line="454"/>
        <source>Change officer&apos;s &amp;forecast…</source>
        <translation>Newid &amp;rhagolwg y swyddog…</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_view.py" line="456"/>
        <source>Override &amp;forecast…</source>
        <translation>Diystyru&apos;r &amp;rhagolwg…</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_view.py" line="461"/>
        <source>&amp;Clear forecast override (use the calculated forecast)</source>
        <translation>&amp;Clirio&apos;r rhagolwg a osodwyd (defnyddio&apos;r rhagolwg a gyfrifwyd)</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_view.py" line="466"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_view.py" line="467"/>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
</context>
<context>
    <name>server_pack</name>
    <message>
        <location filename="../../gui/server_pack.py" line="140"/>
        <location filename="../../gui/server_pack.py" line="186"/>
        <source>the system keyring</source>
        <translation>storfa allweddi&apos;r system</translation>
    </message>
    <message>
        <location filename="../../gui/server_pack.py" line="174"/>
        <source>Open server pack — Craffu</source>
        <translation>Agor pecyn ar y gweinydd — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/server_pack.py" line="179"/>
        <source>postgresql://you@server/database?pack=name</source>
        <translation>postgresql://chi@gweinydd/cronfa-ddata?pack=enw</translation>
    </message>
    <message>
        <location filename="../../gui/server_pack.py" line="184"/>
        <source>blank: signed in by Windows or a password file</source>
        <translation>gwag: wedi mewngofnodi drwy Windows neu ffeil cyfrineiriau</translation>
    </message>
    <message>
        <location filename="../../gui/server_pack.py" line="187"/>
        <source>your password file ({path})</source>
        <translation>eich ffeil cyfrineiriau ({path})</translation>
    </message>
    <message>
        <location filename="../../gui/server_pack.py" line="190"/>
        <source>Remember the password in {where}</source>
        <translation>Cofio&apos;r cyfrinair yn {where}</translation>
    </message>
    <message>
        <location filename="../../gui/server_pack.py" line="196"/>
        <source>&amp;Address:</source>
        <translation>&amp;Cyfeiriad:</translation>
    </message>
    <message>
        <location filename="../../gui/server_pack.py" line="197"/>
        <source>&amp;Password:</source>
        <translation>C&amp;yfrinair:</translation>
    </message>
    <message>
        <location filename="../../gui/server_pack.py" line="212"/>
        <source>a server pack&apos;s address starts with postgresql://</source>
        <translation>mae cyfeiriad pecyn ar weinydd yn dechrau â postgresql://</translation>
    </message>
    <message>
        <location filename="../../gui/server_pack.py" line="239"/>
        <source>Cannot open the server pack</source>
        <translation>Methu agor y pecyn ar y gweinydd</translation>
    </message>
    <message>
        <location filename="../../gui/server_pack.py" line="244"/>
        <source>The password is kept in {where}</source>
        <translation>Cedwir y cyfrinair yn {where}</translation>
    </message>
</context>
<context>
    <name>team_mode</name>
    <message>
        <location filename="../../gui/team_mode.py" line="37"/>
        <source>{user}: viewer — you can read and print this pack</source>
        <extracomment>Each role in a sentence for the status bar ({user}; a contributor&apos;s {groups}).</extracomment>
        <translation>{user}: gwyliwr — gallwch ddarllen ac argraffu&apos;r pecyn hwn</translation>
    </message>
    <message>
        <location filename="../../gui/team_mode.py" line="38"/>
        <source>{user}: contributor for {groups} — you enter their figures and commentary in a period open for collection</source>
        <translation>{user}: cyfrannwr ar gyfer {groups} — rydych chi&apos;n rhoi eu ffigurau a&apos;u sylwebaeth mewn cyfnod sydd ar agor ar gyfer casglu</translation>
    </message>
    <message>
        <location filename="../../gui/team_mode.py" line="41"/>
        <source>{user}: officer — you can change everything but whether a period is final</source>
        <translation>{user}: swyddog — gallwch newid popeth heblaw a yw cyfnod yn derfynol</translation>
    </message>
    <message>
        <location filename="../../gui/team_mode.py" line="43"/>
        <source>{user}: approver — you can change everything and mark periods final</source>
        <translation>{user}: cymeradwywr — gallwch newid popeth a nodi bod cyfnodau&apos;n derfynol</translation>
    </message>
    <message>
        <location filename="../../gui/team_mode.py" line="45"/>
        <source>{user}: owner — you created this pack and can change everything</source>
        <translation>{user}: perchennog — chi greodd y pecyn hwn a gallwch newid popeth</translation>
    </message>
    <message>
        <location filename="../../gui/roles.py" line="14"/>
        <source>you are a viewer</source>
        <translation>rydych chi&apos;n wyliwr</translation>
    </message>
    <message>
        <location filename="../../gui/roles.py" line="15"/>
        <source>you are a contributor</source>
        <translation>rydych chi&apos;n gyfrannwr</translation>
    </message>
    <message>
        <location filename="../../gui/roles.py" line="16"/>
        <source>you are an officer</source>
        <translation>rydych chi&apos;n swyddog</translation>
    </message>
    <message>
        <location filename="../../gui/roles.py" line="17"/>
        <source>you are an approver</source>
        <translation>rydych chi&apos;n gymeradwywr</translation>
    </message>
    <message>
        <location filename="../../gui/roles.py" line="18"/>
        <source>you are the owner</source>
        <translation>chi yw&apos;r perchennog</translation>
    </message>
    <message>
        <location filename="../../gui/team_mode.py" line="50"/>
        <source> and {count} more save</source>
        <extracomment>&quot;you are a …&quot; for each role, ending a refusal (&quot;… is for an approver; you are a viewer&quot;). What follows &quot;{user} saved …&quot; when others were saved too (one, or more).</extracomment>
        <translation> a {count} arall</translation>
    </message>
    <message>
        <location filename="../../gui/team_mode.py" line="51"/>
        <source> and {count} more saves</source>
        <translation> a {count} arall</translation>
    </message>
    <message>
        <location filename="../../gui/team_mode.py" line="56"/>
        <source>no group yet</source>
        <translation>dim grŵp eto</translation>
    </message>
    <message>
        <location filename="../../gui/team_mode.py" line="67"/>
        <source>Marking a period final or reopening it is for an approver; {you_are}</source>
        <translation>Cymeradwywr sy&apos;n nodi bod cyfnod yn derfynol neu&apos;n ei ailagor; {you_are}</translation>
    </message>
    <message>
        <location filename="../../gui/team_mode.py" line="73"/>
        <source>You are a viewer of this pack: you can read it, not change it</source>
        <translation>Rydych chi&apos;n wyliwr ar y pecyn hwn: gallwch ei ddarllen, nid ei newid</translation>
    </message>
    <message>
        <location filename="../../gui/team_mode.py" line="108"/>
        <location filename="../../gui/team_mode.py" line="119"/>
        <source>Collection</source>
        <translation>Casglu</translation>
    </message>
    <message>
        <location filename="../../gui/team_mode.py" line="135"/>
        <source>Cannot reach the server; showing the pack as it was: {exc}</source>
        <translation>Methu cyrraedd y gweinydd; yn dangos y pecyn fel yr oedd: {exc}</translation>
    </message>
    <message>
        <location filename="../../gui/team_mode.py" line="148"/>
        <source>{user} saved “{action}”{more}</source>
        <translation>Cadwodd {user} “{action}”{more}</translation>
    </message>
</context>
<context>
    <name>translation_actions</name>
    <message>
        <location filename="../../gui/translation_actions.py" line="31"/>
        <source>{pack} {period} texts to translate</source>
        <translation>{pack} {period} testunau i&apos;w cyfieithu</translation>
    </message>
    <message>
        <location filename="../../gui/translation_actions.py" line="42"/>
        <source>Every text of the {period} papers has its Welsh: there is nothing to translate.</source>
        <translation>Mae gan bob testun ym mhapurau {period} ei Gymraeg: nid oes dim i&apos;w gyfieithu.</translation>
    </message>
    <message>
        <location filename="../../gui/translation_actions.py" line="48"/>
        <source>Nothing to translate — Craffu</source>
        <translation>Dim i&apos;w gyfieithu — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/translation_actions.py" line="52"/>
        <source>Export texts for Welsh translation</source>
        <translation>Allforio testunau i&apos;w cyfieithu i&apos;r Gymraeg</translation>
    </message>
    <message>
        <location filename="../../gui/translation_actions.py" line="53"/>
        <location filename="../../gui/translation_actions.py" line="78"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Llyfrau gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/translation_actions.py" line="68"/>
        <source>Exporting the texts to translate</source>
        <translation>Yn allforio&apos;r testunau i&apos;w cyfieithu</translation>
    </message>
    <message>
        <location filename="../../gui/translation_actions.py" line="77"/>
        <source>Import Welsh translation</source>
        <translation>Mewnforio cyfieithiad Cymraeg</translation>
    </message>
</context>
<context>
    <name>trend_panel</name>
    <message>
        <location filename="../../gui/trend_panel.py" line="314"/>
        <source>Quarters</source>
        <extracomment>pyqtgraph symbols for the description&apos;s shapes. Spans offered, in financial years.</extracomment>
        <translation>Chwarteri</translation>
    </message>
    <message>
        <location filename="../../gui/trend_panel.py" line="315"/>
        <source>Year end</source>
        <translation>Diwedd blwyddyn</translation>
    </message>
    <message>
        <location filename="../../gui/trend_panel.py" line="316"/>
        <source>Trend view</source>
        <translation>Golwg y duedd</translation>
    </message>
    <message>
        <location filename="../../gui/trend_panel.py" line="318"/>
        <source>Quarter by quarter, or one year-end figure a year</source>
        <translation>Fesul chwarter, neu un ffigur diwedd blwyddyn bob blwyddyn</translation>
    </message>
    <message>
        <location filename="../../gui/trend_panel.py" line="322"/>
        <source>{span} years</source>
        <translation>{span} mlynedd</translation>
    </message>
    <message>
        <location filename="../../gui/trend_panel.py" line="324"/>
        <source>Trend span</source>
        <translation>Cyfnod y duedd</translation>
    </message>
    <message>
        <location filename="../../gui/trend_panel.py" line="364"/>
        <location filename="../../gui/trend_panel.py" line="399"/>
        <source>Select an indicator to see its trend.</source>
        <translation>Dewiswch ddangosydd i weld ei duedd.</translation>
    </message>
    <message>
        <location filename="../../gui/trend_panel.py" line="391"/>
        <source>{years} years</source>
        <translation>{years} mlynedd</translation>
    </message>
    <message>
        <location filename="../../gui/trend_panel.py" line="401"/>
        <source>There is no indicator {code}.</source>
        <translation>Nid oes dangosydd {code}.</translation>
    </message>
    <message>
        <location filename="../../gui/trend_panel.py" line="421"/>
        <source>Trend chart: {title}</source>
        <translation>Siart tuedd: {title}</translation>
    </message>
    <message>
        <location filename="../../gui/trend_panel.py" line="425"/>
        <source>Point at a figure to see its status; click it to select the period.</source>
        <translation>Pwyntiwch at ffigur i weld ei statws; cliciwch arno i ddewis y cyfnod.</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../gui/undo.py" line="171"/>
        <source>Cannot undo “{change}”: {problem}</source>
        <extracomment>The id every mergeable step shares (Qt merges only steps with equal ids, then asks).</extracomment>
        <translation>Methu dadwneud “{change}”: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/undo.py" line="173"/>
        <source>Cannot redo “{change}”: {problem}</source>
        <translation>Methu ail-wneud “{change}”: {problem}</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <location filename="../../gui/unsaved.py" line="115"/>
        <source>Not saved — Craffu</source>
        <translation>Heb ei gadw — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/unsaved.py" line="118"/>
        <source>{count} thing you typed could not be saved</source>
        <translation>Nid oedd modd cadw {count} peth a deipiwyd gennych</translation>
    </message>
    <message>
        <location filename="../../gui/unsaved.py" line="119"/>
        <source>{count} things you typed could not be saved</source>
        <translation>Nid oedd modd cadw {count} peth a deipiwyd gennych</translation>
    </message>
    <message>
        <location filename="../../gui/unsaved.py" line="123"/>
        <source>

Everything else you changed is saved.</source>
        <translation>

Mae popeth arall a newidiwyd gennych wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location filename="../../gui/unsaved.py" line="125"/>
        <source>Go back and &amp;fix it</source>
        <translation>Mynd yn ôl a&apos;i &amp;gywiro</translation>
    </message>
    <message>
        <location filename="../../gui/unsaved.py" line="128"/>
        <source>&amp;Discard it and close</source>
        <translation>&amp;Gwaredu a chau</translation>
    </message>
</context>
<context>
    <name>welsh_filter</name>
    <message>
        <location filename="../../gui/welsh_filter.py" line="42"/>
        <source>Needs We&amp;lsh only</source>
        <translation>Angen C&amp;ymraeg yn unig</translation>
    </message>
    <message>
        <location filename="../../gui/welsh_filter.py" line="43"/>
        <source>Show only the rows with a text that has no Welsh yet, as the checks list them</source>
        <translation>Dangos dim ond y rhesi sydd â thestun heb Gymraeg eto, fel y mae&apos;r gwiriadau yn eu rhestru</translation>
    </message>
    <message>
        <location filename="../../gui/welsh_filter.py" line="47"/>
        <source>Texts that need Welsh</source>
        <translation>Testunau sydd angen Cymraeg</translation>
    </message>
    <message>
        <location filename="../../gui/welsh_filter.py" line="81"/>
        <source>Every text has its Welsh</source>
        <translation>Mae gan bob testun ei Gymraeg</translation>
    </message>
    <message>
        <location filename="../../gui/welsh_filter.py" line="82"/>
        <source>Texts without Welsh: {count}</source>
        <translation>Testunau heb Gymraeg: {count}</translation>
    </message>
</context>
<context>
    <name>window_commands</name>
    <message>
        <location filename="../../gui/window_commands.py" line="58"/>
        <source>Open pack</source>
        <translation>Agor pecyn</translation>
    </message>
    <message>
        <location filename="../../gui/window_commands.py" line="69"/>
        <source>New pack</source>
        <translation>Pecyn newydd</translation>
    </message>
    <message>
        <location filename="../../gui/window_commands.py" line="80"/>
        <source>New pack — Craffu</source>
        <translation>Pecyn newydd — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/window_commands.py" line="81"/>
        <source>Cannot create {name}: {exc}</source>
        <translation>Methu creu {name}: {exc}</translation>
    </message>
    <message>
        <location filename="../../gui/window_commands.py" line="90"/>
        <source>Save a copy</source>
        <translation>Cadw copi</translation>
    </message>
    <message>
        <location filename="../../gui/window_commands.py" line="99"/>
        <source>Save a copy — Craffu</source>
        <translation>Cadw copi — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/window_commands.py" line="100"/>
        <source>No copy was saved: {exc}</source>
        <translation>Ni chadwyd copi: {exc}</translation>
    </message>
    <message>
        <location filename="../../gui/window_commands.py" line="104"/>
        <source>Saved a copy as {path}; you are still working on {name}</source>
        <translation>Cadwyd copi fel {path}; rydych yn dal i weithio ar {name}</translation>
    </message>
    <message>
        <location filename="../../gui/window_commands.py" line="111"/>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <location filename="../../gui/window_commands.py" line="112"/>
        <source>Workbooks and templates (*.xlsx);;CSV files (*.csv)</source>
        <translation>Llyfrau gwaith a thempledi (*.xlsx);;Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/window_commands.py" line="120"/>
        <source>Import a folder of CSV files</source>
        <translation>Mewnforio ffolder o ffeiliau CSV</translation>
    </message>
    <message>
        <location filename="../../gui/window_commands.py" line="144"/>
        <source>Export pack</source>
        <translation>Allforio&apos;r pecyn</translation>
    </message>
    <message>
        <location filename="../../gui/window_commands.py" line="145"/>
        <source>Workbooks (*.xlsx)</source>
        <translation>Llyfrau gwaith (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/window_commands.py" line="152"/>
        <source>Export scorecard</source>
        <translation>Allforio&apos;r cerdyn sgorio</translation>
    </message>
    <message>
        <location filename="../../gui/window_commands.py" line="153"/>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/window_commands.py" line="167"/>
        <source>The window is in English now</source>
        <translation>The window is in English now</translation>
    </message>
    <message>
        <location filename="../../gui/window_commands.py" line="168"/>
        <source>The window is in Welsh now</source>
        <translation>Mae&apos;r ffenestr yn Gymraeg nawr</translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <location filename="../../gui/workspace.py" line="53"/>
        <source>{count} error</source>
        <translation>{count} gwall</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="54"/>
        <source>{count} errors</source>
        <translation>{count} gwall</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="55"/>
        <source>{count} warning</source>
        <translation>{count} rhybudd</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="56"/>
        <source>{count} warnings</source>
        <translation>{count} rhybudd</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="95"/>
        <source>Key:</source>
        <translation>Allwedd:</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="97"/>
        <source>Hover over a cell for the explanation.</source>
        <translation>Hofrwch dros gell i gael yr esboniad.</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="121"/>
        <location filename="../../gui/workspace.py" line="244"/>
        <location filename="../../gui/workspace.py" line="265"/>
        <source>Checks</source>
        <translation>Gwiriadau</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="123"/>
        <location filename="../../gui/workspace.py" line="246"/>
        <location filename="../../gui/workspace.py" line="266"/>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="144"/>
        <source>The trend of the selected indicator appears here.</source>
        <translation>Mae tuedd y dangosydd a ddewiswyd yn ymddangos yma.</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="179"/>
        <source>Usual text size</source>
        <translation>Maint testun arferol</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="181"/>
        <source>Text larger by {points} point (View ▸ Actual size: Ctrl+Alt+0)</source>
        <translation>Testun {points} pwynt yn fwy (Golwg ▸ Maint arferol: Ctrl+Alt+0)</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="183"/>
        <source>Text larger by {points} points (View ▸ Actual size: Ctrl+Alt+0)</source>
        <translation>Testun {points} pwynt yn fwy (Golwg ▸ Maint arferol: Ctrl+Alt+0)</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="186"/>
        <source>Text smaller by {points} point (View ▸ Actual size: Ctrl+Alt+0)</source>
        <translation>Testun {points} pwynt yn llai (Golwg ▸ Maint arferol: Ctrl+Alt+0)</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="188"/>
        <source>Text smaller by {points} points (View ▸ Actual size: Ctrl+Alt+0)</source>
        <translation>Testun {points} pwynt yn llai (Golwg ▸ Maint arferol: Ctrl+Alt+0)</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="212"/>
        <source>The scorecard is in group order, as in the papers</source>
        <translation>Mae&apos;r cerdyn sgorio yn nhrefn y grwpiau, fel yn y papurau</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="243"/>
        <source>Navigator</source>
        <translation>Llywiwr</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="245"/>
        <source>Indicator detail</source>
        <translation>Manylion y dangosydd</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="247"/>
        <source>Trend</source>
        <translation>Tuedd</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="346"/>
        <source>Trend of the selected indicator</source>
        <translation>Tuedd y dangosydd a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="455"/>
        <source>Checks: {errors}, {warnings}</source>
        <translation>Gwiriadau: {errors}, {warnings}</translation>
    </message>
</context>
<context>
    <name>written</name>
    <message>
        <location filename="../../gui/written.py" line="33"/>
        <source>File written</source>
        <translation>Ffeil wedi&apos;i hysgrifennu</translation>
    </message>
    <message>
        <location filename="../../gui/written.py" line="34"/>
        <source>Wrote {name}</source>
        <translation>Ysgrifennwyd {name}</translation>
    </message>
    <message>
        <location filename="../../gui/written.py" line="36"/>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <location filename="../../gui/written.py" line="37"/>
        <source>Open {name}</source>
        <translation>Agor {name}</translation>
    </message>
    <message>
        <location filename="../../gui/written.py" line="38"/>
        <source>Show in &amp;folder</source>
        <translation>Dangos yn y &amp;ffolder</translation>
    </message>
    <message>
        <location filename="../../gui/written.py" line="40"/>
        <source>Show {parent} in the file manager</source>
        <translation>Dangos {parent} yn y rheolwr ffeiliau</translation>
    </message>
    <message>
        <location filename="../../gui/written.py" line="45"/>
        <location filename="../../gui/written.py" line="46"/>
        <source>Dismiss</source>
        <translation>Cau</translation>
    </message>
</context>
</TS>
