<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>actions</name>
    <message>
        <location filename="../../gui/action_table.py" line="107" />
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="107" />
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="108" />
        <source>&amp;Period</source>
        <translation>&amp;Cyfnod</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="108" />
        <source>&amp;View</source>
        <translation>G&amp;olwg</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="109" />
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="109" />
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="112" />
        <source>Show the {page} page</source>
        <extracomment>The tip of each Go ▸ page action (``{page}``: the page's name).</extracomment>
        <translation>Dangos y dudalen {page}</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="116" />
        <source>&amp;Scorecard</source>
        <extracomment>The navigator's pages in its order, with their words and shortcuts (the Go menu).</extracomment>
        <translation>&amp;Cerdyn sgorio</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="117" />
        <source>&amp;Dashboard</source>
        <translation>&amp;Dangosfwrdd</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="120" />
        <source>&amp;Indicator definitions</source>
        <translation>Diffiniadau'r &amp;dangosyddion</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="122" />
        <source>&amp;Targets</source>
        <translation>&amp;Targedau</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="123" />
        <source>&amp;Commentary</source>
        <translation>&amp;Sylwebaeth</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="125" />
        <source>Co&amp;mmitments</source>
        <translation>&amp;Ymrwymiadau</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="128" />
        <source>B&amp;udget update</source>
        <translation>Diweddariad y &amp;gyllideb</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="129" />
        <source>&amp;Breakdowns</source>
        <translation>Dad&amp;ansoddiadau</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="130" />
        <source>S&amp;napshots</source>
        <translation>C&amp;iplun</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="131" />
        <source>N&amp;arratives</source>
        <translation>&amp;Naratifau</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="132" />
        <source>&amp;Key areas</source>
        <translation>Meysydd a&amp;llweddol</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="133" />
        <source>Cover &amp;report</source>
        <translation>Ad&amp;roddiad clawr</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="134" />
        <source>Se&amp;ttings</source>
        <translation>Gosodia&amp;dau</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="141" />
        <source>&amp;New pack…</source>
        <extracomment>Action id -&gt; navigator page.</extracomment>
        <translation>Pecyn &amp;newydd…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="142" />
        <source>Create an empty pack file</source>
        <translation>Creu ffeil pecyn wag</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="145" />
        <source>&amp;Open pack…</source>
        <translation>&amp;Agor pecyn…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="146" />
        <source>Open a pack file</source>
        <translation>Agor ffeil pecyn</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="149" />
        <source>Open &amp;recent</source>
        <translation>Agor pecyn &amp;diweddar</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="150" />
        <source>Packs opened lately</source>
        <translation>Pecynnau a agorwyd yn ddiweddar</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="153" />
        <source>Open ser&amp;ver pack…</source>
        <translation>Agor pecyn ar y &amp;gweinydd…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="154" />
        <source>Open a pack on the council's PostgreSQL server, shared by the team</source>
        <translation>Agor pecyn ar weinydd PostgreSQL y cyngor, a rennir gan y tîm</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="159" />
        <source>Save a &amp;copy as…</source>
        <translation>Cadw &amp;copi fel…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="160" />
        <source>Every change is already saved; this writes a copy of the pack to another file</source>
        <translation>Mae pob newid wedi'i gadw eisoes; mae hyn yn ysgrifennu copi o'r pecyn i ffeil arall</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="168" />
        <source>&amp;Import workbook, template or CSV…</source>
        <translation>&amp;Mewnforio llyfr gwaith, templed neu CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="169" />
        <source>Import the interchange format or a filled data-collection template, with a preview of the changes</source>
        <translation>Mewnforio'r fformat cyfnewid neu dempled casglu data wedi'i lenwi, gyda rhagolwg o'r newidiadau</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="177" />
        <source>Import a CSV &amp;folder…</source>
        <translation>Mewnforio &amp;ffolder CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="178" />
        <source>Import a folder of interchange CSV files (Indicators.csv, Values.csv …) together, with a preview of the changes</source>
        <translation>Mewnforio ffolder o ffeiliau CSV cyfnewid (Indicators.csv, Values.csv …) gyda'i gilydd, gyda rhagolwg o'r newidiadau</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="187" />
        <source>&amp;Export pack as workbook…</source>
        <translation>&amp;Allforio'r pecyn fel llyfr gwaith…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="188" />
        <source>Write the whole pack in the interchange format (.xlsx)</source>
        <translation>Ysgrifennu'r pecyn cyfan yn y fformat cyfnewid (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="193" />
        <source>Export scorecard as CS&amp;V…</source>
        <translation>Allforio'r cerdyn sgorio fel CS&amp;V…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="194" />
        <source>Write the period's scorecard as CSV</source>
        <translation>Ysgrifennu cerdyn sgorio'r cyfnod fel CSV</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="197" />
        <source>Export Excel re&amp;turn…</source>
        <translation>Allforio ffurflen Ex&amp;cel…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="198" />
        <source>Write the period's return as an Excel workbook: cover, scorecard with statuses, breakdowns, snapshots, commitments and five-year trends</source>
        <translation>Ysgrifennu ffurflen y cyfnod fel llyfr gwaith Excel: clawr, cerdyn sgorio gyda statws, dadansoddiadau, cipluniau, ymrwymiadau a thueddiadau pum mlynedd</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="207" />
        <source>Export data-collection te&amp;mplate…</source>
        <translation>Allforio &amp;templed casglu data…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="208" />
        <source>Write a workbook for a service to fill with the period's figures; import it back with Import</source>
        <translation>Ysgrifennu llyfr gwaith i wasanaeth ei lenwi â ffigurau'r cyfnod; ei fewnforio'n ôl gyda Mewnforio</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="216" />
        <source>Pre&amp;view scorecard</source>
        <translation>Rhag&amp;weld y cerdyn sgorio</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="217" />
        <source>Show the period's scorecard PDF as it will print</source>
        <translation>Dangos PDF cerdyn sgorio'r cyfnod fel y caiff ei argraffu</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="221" />
        <source>Previe&amp;w committee pack</source>
        <translation>Rhagweld pecyn y p&amp;wyllgor</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="222" />
        <source>Show the full committee pack PDF (cover report and appendices)</source>
        <translation>Dangos PDF pecyn llawn y pwyllgor (adroddiad clawr ac atodiadau)</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="229" />
        <source>Export scorecard P&amp;DF…</source>
        <translation>Allforio P&amp;DF y cerdyn sgorio…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="230" />
        <source>Write the period's scorecard as a PDF (A4 landscape)</source>
        <translation>Ysgrifennu cerdyn sgorio'r cyfnod fel PDF (A4 tirlun)</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="235" />
        <source>Export committee pac&amp;k PDF…</source>
        <translation>Allforio PDF pecyn y pwyll&amp;gor…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="236" />
        <source>Write the full committee pack as a PDF: cover report, scorecard, dashboard, key areas, commitments, breakdowns and target rationale</source>
        <translation>Ysgrifennu pecyn llawn y pwyllgor fel PDF: adroddiad clawr, cerdyn sgorio, dangosfwrdd, meysydd allweddol, ymrwymiadau, dadansoddiadau a sail resymegol y targedau</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="244" />
        <source>Export &amp;HTML edition…</source>
        <translation>Allforio'r fersiwn &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="245" />
        <source>Write the committee pack as one accessible web page (HTML) to publish online: headings, tables and charts a screen reader can read</source>
        <translation>Ysgrifennu pecyn y pwyllgor fel un dudalen we hygyrch (HTML) i'w chyhoeddi ar-lein: penawdau, tablau a siartiau y gall darllenydd sgrin eu darllen</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="253" />
        <source>&amp;Print scorecard…</source>
        <translation>A&amp;rgraffu'r cerdyn sgorio…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="254" />
        <source>Preview the scorecard PDF and print those same pages</source>
        <translation>Rhagweld PDF y cerdyn sgorio ac argraffu'r un tudalennau hynny</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="258" />
        <source>Print committee p&amp;ack…</source>
        <translation>Argraffu pecyn y p&amp;wyllgor…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="259" />
        <source>Preview the committee pack PDF (cover report and appendices) and print those same pages</source>
        <translation>Rhagweld PDF pecyn y pwyllgor (adroddiad clawr ac atodiadau) ac argraffu'r un tudalennau hynny</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="267" />
        <source>Pu&amp;blish…</source>
        <translation>Cy&amp;hoeddi…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="268" />
        <source>Make the period's published edition (papers, Excel return, CSV) once it is final and its checks report no errors; shows what changed since it was published</source>
        <translation>Gwneud fersiwn gyhoeddedig y cyfnod (papurau, ffurflen Excel, CSV) unwaith y bydd yn derfynol a'i wiriadau'n dangos dim gwallau; yn dangos beth sydd wedi newid ers ei gyhoeddi</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="277" />
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="278" />
        <source>Close Craffu (every change is saved)</source>
        <translation>Cau Craffu (mae pob newid wedi'i gadw)</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="282" />
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="283" />
        <source>Undo the last change</source>
        <translation>Dadwneud y newid diwethaf</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="287" />
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="288" />
        <source>Redo the change last undone</source>
        <translation>Ail-wneud y newid a ddadwnaed ddiwethaf</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="292" />
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="293" />
        <source>Copy the selected cells as tab-separated text</source>
        <translation>Copïo'r celloedd a ddewiswyd fel testun wedi'i wahanu gan dabiau</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="297" />
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="298" />
        <source>Paste figures copied from Excel or LibreOffice at the current cell</source>
        <translation>Gludo ffigurau a gopïwyd o Excel neu LibreOffice yn y gell bresennol</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="304" />
        <source>&amp;Find…</source>
        <translation>Dod o &amp;hyd i…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="305" />
        <source>Filter the scorecard by text</source>
        <translation>Hidlo'r cerdyn sgorio yn ôl testun</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="308" />
        <source>Pr&amp;eferences…</source>
        <translation>D&amp;ewisiadau…</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="309" />
        <source>Settings of this computer</source>
        <translation>Gosodiadau'r cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="313" />
        <source>&amp;Previous quarter</source>
        <translation>Y chwarter &amp;blaenorol</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="314" />
        <source>Show the quarter before</source>
        <translation>Dangos y chwarter cynt</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="317" />
        <source>&amp;Next quarter</source>
        <translation>Y chwarter &amp;nesaf</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="318" />
        <source>Show the quarter after</source>
        <translation>Dangos y chwarter wedyn</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="321" />
        <source>&amp;Mark period final</source>
        <translation>&amp;Nodi bod y cyfnod yn derfynol</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="322" />
        <source>Make this period's figures and commentary read-only (recorded in the history)</source>
        <translation>Gwneud ffigurau a sylwebaeth y cyfnod hwn yn ddarllen yn unig (wedi'i gofnodi yn yr hanes)</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="329" />
        <source>&amp;Reopen period</source>
        <translation>&amp;Ailagor y cyfnod</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="330" />
        <source>Allow changes to this period's figures again (recorded in the history)</source>
        <translation>Caniatáu newidiadau i ffigurau'r cyfnod hwn eto (wedi'i gofnodi yn yr hanes)</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="336" />
        <source>Run &amp;checks</source>
        <translation>Rhedeg y g&amp;wiriadau</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="337" />
        <source>Check the period before publishing</source>
        <translation>Gwirio'r cyfnod cyn cyhoeddi</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="340" />
        <source>&amp;Group order</source>
        <translation>Trefn y &amp;grwpiau</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="341" />
        <source>Put the scorecard back in the papers' order, by group (after sorting by a column)</source>
        <translation>Rhoi'r cerdyn sgorio yn ôl yn nhrefn y papurau, fesul grŵp (ar ôl trefnu yn ôl colofn)</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="348" />
        <source>Zoom &amp;in</source>
        <translation>Chwyddo &amp;i mewn</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="349" />
        <source>Larger text in the grids (remembered)</source>
        <translation>Testun mwy yn y gridiau (caiff ei gofio)</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="352" />
        <source>Zoom &amp;out</source>
        <translation>Chwyddo &amp;allan</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="353" />
        <source>Smaller text in the grids (remembered)</source>
        <translation>Testun llai yn y gridiau (caiff ei gofio)</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="356" />
        <source>&amp;Actual size</source>
        <translation>&amp;Maint arferol</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="357" />
        <source>The grids' text at its usual size</source>
        <translation>Testun y gridiau yn ei faint arferol</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="360" />
        <source>The na&amp;vigator</source>
        <translation>Y &amp;llywiwr</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="361" />
        <source>Move to the navigator (then the arrow keys choose a page)</source>
        <translation>Symud i'r llywiwr (yna mae'r bysellau saeth yn dewis tudalen)</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="377" />
        <source>&amp;User guide</source>
        <translation>&amp;Canllaw defnyddwyr</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="378" />
        <source>How to prepare a quarter's papers with Craffu (readable offline)</source>
        <translation>Sut i baratoi papurau chwarter gyda Craffu (i'w ddarllen all-lein)</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="384" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>Llwybrau byr y &amp;bysellfwrdd</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="385" />
        <source>Every shortcut of the window</source>
        <translation>Pob llwybr byr yn y ffenestr</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="388" />
        <source>&amp;About Craffu</source>
        <translation>&amp;Ynghylch Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/action_table.py" line="389" />
        <source>Version, licences and where your data lives</source>
        <translation>Fersiwn, trwyddedau a ble mae'ch data'n cael ei gadw</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../gui/app.py" line="135" />
        <source>Something went wrong inside Craffu (a defect, not your mistake). Every change you made before this is saved in the pack.

{kind}: {exc}</source>
        <translation>Aeth rhywbeth o'i le y tu mewn i Craffu (nam, nid eich camgymeriad chi). Mae pob newid a wnaethoch cyn hyn wedi'i gadw yn y pecyn.

{kind}: {exc}</translation>
    </message>
</context>
<context>
    <name>chart_export</name>
    <message>
        <location filename="../../gui/chart_export.py" line="113" />
        <source>Save PNG…</source>
        <translation>Cadw PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="115" />
        <source>Save the chart as a PNG picture at {PRINT_DPI} dpi, {A4_TEXT_WIDTH_MM:.0f} mm wide (A4 text width)</source>
        <translation>Cadw'r siart fel llun PNG ar {PRINT_DPI} dpi, {A4_TEXT_WIDTH_MM:.0f} mm o led (lled testun A4)</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="121" />
        <source>Copy</source>
        <translation>Copïo</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="123" />
        <source>Copy the chart to the clipboard as a picture</source>
        <translation>Copïo'r siart i'r clipfwrdd fel llun</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="140" />
        <source>Save chart as PNG</source>
        <translation>Cadw'r siart fel PNG</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="142" />
        <source>PNG pictures (*.png)</source>
        <translation>Lluniau PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="150" />
        <source>Chart not saved — Craffu</source>
        <translation>Siart heb ei chadw — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="161" />
        <source>Chart not copied — Craffu</source>
        <translation>Siart heb ei chopïo — Craffu</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../gui/dashboard.py" line="134" />
        <source>Narrative: {key}</source>
        <extracomment>the chosen indicators (``set_indicators``); None: the report's key indicators the period report the page shows (None: the pack has no period with figures) each section's narrative, shown under its heading (``dashboard-&lt;key&gt;``)</extracomment>
        <translation>Naratif: {key}</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="157" />
        <source>Dashboard: the pack has no figures yet</source>
        <translation>Dangosfwrdd: nid oes ffigurau yn y pecyn eto</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="160" />
        <source>Dashboard, {label}</source>
        <translation>Dangosfwrdd, {label}</translation>
    </message>
</context>
<context>
    <name>dashboard_cards</name>
    <message>
        <location filename="../../gui/dashboard_cards.py" line="108" />
        <source>No indicators to show.</source>
        <extracomment>The narrowest a small multiple is drawn; below COLUMNS of them the page scrolls sideways (a column is never cut off).</extracomment>
        <translation>Dim dangosyddion i'w dangos.</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard_cards.py" line="112" />
        <source>Point at a figure to see its value and status.</source>
        <translation>Pwyntiwch at ffigur i weld ei werth a'i statws.</translation>
    </message>
</context>
<context>
    <name>docks</name>
    <message>
        <location filename="../../gui/docks.py" line="59" />
        <source>Severity</source>
        <translation>Difrifoldeb</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="59" />
        <source>Indicator</source>
        <translation>Dangosydd</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="60" />
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="60" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="80" />
        <source>✖ Error</source>
        <translation>✖ Gwall</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="81" />
        <source>⚠ Warning</source>
        <translation>⚠ Rhybudd</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="104" />
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="104" />
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="105" />
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="105" />
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="106" />
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="106" />
        <source>Old</source>
        <translation>Hen</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="107" />
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="205" />
        <location filename="../../gui/docks.py" line="206" />
        <source>Indicator detail</source>
        <translation>Manylion y dangosydd</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="207" />
        <location filename="../../gui/docks.py" line="278" />
        <source>Override &amp;forecast…</source>
        <translation>Diystyru'r &amp;rhagolwg…</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="208" />
        <source>Override forecast</source>
        <translation>Diystyru'r rhagolwg</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="209" />
        <source>Set the officer's forecast (face) for this period, with the reason</source>
        <translation>Gosod rhagolwg y swyddog (wyneb) ar gyfer y cyfnod hwn, gyda'r rheswm</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="211" />
        <location filename="../../gui/docks.py" line="212" />
        <source>Use calculated forecast</source>
        <translation>Defnyddio'r rhagolwg a gyfrifwyd</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="213" />
        <source>Clear the officer's forecast for this period</source>
        <translation>Clirio rhagolwg y swyddog ar gyfer y cyfnod hwn</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="231" />
        <source>Choose an indicator in the scorecard.</source>
        <translation>Dewiswch ddangosydd yn y cerdyn sgorio.</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="249" />
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="249" />
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="250" />
        <source>Unit</source>
        <translation>Uned</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="251" />
        <source>Polarity</source>
        <translation>Pegynedd</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="252" />
        <source>Aggregation</source>
        <translation>Cyfuno</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="253" />
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="254" />
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="257" />
        <source>Target {year}</source>
        <translation>Targed {year}</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="258" />
        <source>{target} (management target)</source>
        <translation>{target} (targed rheoli)</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="276" />
        <source>Change officer's &amp;forecast…</source>
        <translation>Newid &amp;rhagolwg y swyddog…</translation>
    </message>
    <message>
        <location filename="../../gui/docks.py" line="306" />
        <source>Refused: {reason}</source>
        <translation>Gwrthodwyd: {reason}</translation>
    </message>
</context>
<context>
    <name>editors.asking</name>
    <message>
        <location filename="../../gui/editors/asking.py" line="23" />
        <source>Delete {what} — Craffu</source>
        <translation>Dileu {what} — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/editors/asking.py" line="24" />
        <source>{question}

You can undo this with Edit ▸ Undo.</source>
        <translation>{question}

Gallwch ddadwneud hyn gyda Golygu ▸ Dadwneud.</translation>
    </message>
</context>
<context>
    <name>editors.budget</name>
    <message>
        <location filename="../../gui/editors/budget.py" line="89" />
        <source>&lt;h2&gt;Budget update — {label}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Diweddariad y gyllideb — {label}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/editors/budget.py" line="115" />
        <location filename="../../gui/editors/budget.py" line="123" />
        <source>Add budget line — Craffu</source>
        <translation>Ychwanegu llinell gyllideb — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/editors/budget.py" line="116" />
        <source>Budget line:</source>
        <translation>Llinell gyllideb:</translation>
    </message>
</context>
<context>
    <name>editors.commentary</name>
    <message>
        <location filename="../../gui/editors/commentary.py" line="38" />
        <source>Indicators</source>
        <extracomment>The officer chose another indicator in the list (``gui.pages.Editor``).</extracomment>
        <translation>Dangosyddion</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commentary.py" line="52" />
        <source>Last period's commentary</source>
        <translation>Sylwebaeth y cyfnod diwethaf</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commentary.py" line="114" />
        <source>&lt;h3&gt;Commentary — {label}{final}&lt;/h3&gt;{title}</source>
        <translation>&lt;h3&gt;Sylwebaeth — {label}{final}&lt;/h3&gt;{title}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commentary.py" line="125" />
        <source>&lt;b&gt;Last period ({label}), for reference:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Y cyfnod diwethaf ({label}), er gwybodaeth:&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>editors.commitments</name>
    <message>
        <location filename="../../gui/editors/commitments.py" line="88" />
        <source>&lt;h2&gt;Commitments — {label}&lt;/h2&gt;</source>
        <extracomment>A commitment status's fill, as the papers draw it (``exporters.pdf_appendices``).</extracomment>
        <translation>&lt;h2&gt;Ymrwymiadau — {label}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commitments.py" line="106" />
        <source>Add commitment — Craffu</source>
        <translation>Ychwanegu ymrwymiad — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/editors/commitments.py" line="107" />
        <source>Reference:</source>
        <translation>Cyfeirnod:</translation>
    </message>
</context>
<context>
    <name>editors.forecast</name>
    <message>
        <location filename="../../gui/editors/forecast.py" line="53" />
        <source>Forecast for {code} {label} — Craffu</source>
        <extracomment>The choice that means "no override: use the calculated forecast".</extracomment>
        <translation>Rhagolwg ar gyfer {code} {label} — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/editors/forecast.py" line="62" />
        <source>&lt;b&gt;{code}&lt;/b&gt; {value}&lt;br&gt;Forecast for {label}: will the year's target be met?</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; {value}&lt;br&gt;Rhagolwg ar gyfer {label}: a fydd targed y flwyddyn yn cael ei gyrraedd?</translation>
    </message>
    <message>
        <location filename="../../gui/editors/forecast.py" line="69" />
        <source>Now: {forecast_explanation}</source>
        <translation>Nawr: {forecast_explanation}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/forecast.py" line="74" />
        <source>Current forecast</source>
        <translation>Y rhagolwg presennol</translation>
    </message>
    <message>
        <location filename="../../gui/editors/forecast.py" line="76" />
        <source>Forecast</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <location filename="../../gui/editors/forecast.py" line="78" />
        <source>Calculated from the RAG status ({calculated})</source>
        <translation>Wedi'i gyfrifo o'r statws RAG ({calculated})</translation>
    </message>
    <message>
        <location filename="../../gui/editors/forecast.py" line="86" />
        <source>{face}  {forecast} (officer's forecast)</source>
        <translation>{face}  {forecast} (rhagolwg y swyddog)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/forecast.py" line="93" />
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location filename="../../gui/editors/forecast.py" line="96" />
        <source>Why the year's target is (or is not) likely to be met, e.g. “Q4 recruitment will close the gap”</source>
        <translation>Pam mae targed y flwyddyn yn debygol (neu'n annhebygol) o gael ei gyrraedd, e.e. “bydd recriwtio yn Ch4 yn cau'r bwlch”</translation>
    </message>
    <message>
        <location filename="../../gui/editors/forecast.py" line="105" />
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../gui/editors/forecast.py" line="110" />
        <source>&amp;Forecast:</source>
        <translation>&amp;Rhagolwg:</translation>
    </message>
    <message>
        <location filename="../../gui/editors/forecast.py" line="111" />
        <source>&amp;Reason:</source>
        <translation>R&amp;heswm:</translation>
    </message>
    <message>
        <location filename="../../gui/editors/forecast.py" line="150" />
        <source>&lt;span style="color:#b00020"&gt;&lt;b&gt;Refused:&lt;/b&gt;&lt;/span&gt; {exc}</source>
        <translation>&lt;span style="color:#b00020"&gt;&lt;b&gt;Gwrthodwyd:&lt;/b&gt;&lt;/span&gt; {exc}</translation>
    </message>
</context>
<context>
    <name>editors.groups</name>
    <message>
        <location filename="../../gui/editors/groups.py" line="62" />
        <source>choose the group to move first</source>
        <translation>dewiswch y grŵp i'w symud yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../gui/editors/groups.py" line="68" />
        <source>{group} is already first</source>
        <translation>Mae {group} yn gyntaf eisoes</translation>
    </message>
    <message>
        <location filename="../../gui/editors/groups.py" line="69" />
        <source>{group} is already last</source>
        <translation>Mae {group} yn olaf eisoes</translation>
    </message>
    <message>
        <location filename="../../gui/editors/groups.py" line="87" />
        <source>Groups — Craffu</source>
        <translation>Grwpiau — Craffu</translation>
    </message>
</context>
<context>
    <name>editors.indicators</name>
    <message>
        <location filename="../../gui/editors/indicators.py" line="112" />
        <source>Code of the new indicator:</source>
        <translation>Cod y dangosydd newydd:</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="143" />
        <source>Added {code}</source>
        <translation>Ychwanegwyd {code}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="155" />
        <source>choose the indicator to duplicate first</source>
        <translation>dewiswch y dangosydd i'w ddyblygu yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="164" />
        <source>choose the indicator to delete first</source>
        <translation>dewiswch y dangosydd i'w ddileu yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="173" />
        <source>Deleted {key} (Undo brings it back)</source>
        <translation>Dilëwyd {key} (mae Dadwneud yn dod ag ef yn ôl)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="188" />
        <source>{code} is already first in its group</source>
        <translation>Mae {code} yn gyntaf yn ei grŵp eisoes</translation>
    </message>
    <message>
        <location filename="../../gui/editors/indicators.py" line="189" />
        <source>{code} is already last in its group</source>
        <translation>Mae {code} yn olaf yn ei grŵp eisoes</translation>
    </message>
</context>
<context>
    <name>editors.matrix</name>
    <message>
        <location filename="../../gui/editors/matrix.py" line="71" />
        <source>Rows</source>
        <translation>Rhesi</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="72" />
        <source>Add row</source>
        <translation>Ychwanegu rhes</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="73" />
        <source>Add a row after the current one</source>
        <translation>Ychwanegu rhes ar ôl yr un bresennol</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="74" />
        <source>Remove the current row and its figures</source>
        <translation>Tynnu'r rhes bresennol a'i ffigurau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="75" />
        <source>Move the row up</source>
        <translation>Symud y rhes i fyny</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="76" />
        <source>Move the row down</source>
        <translation>Symud y rhes i lawr</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="77" />
        <source>choose the row to remove first</source>
        <translation>dewiswch y rhes i'w thynnu yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="78" />
        <source>Columns</source>
        <translation>Colofnau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="79" />
        <source>Add column</source>
        <translation>Ychwanegu colofn</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="80" />
        <source>Add a column after the current one</source>
        <translation>Ychwanegu colofn ar ôl yr un bresennol</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="81" />
        <source>Remove the current column and its figures</source>
        <translation>Tynnu'r golofn bresennol a'i ffigurau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="83" />
        <source>Move the column up</source>
        <translation>Symud y golofn i fyny</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="84" />
        <source>Move the column down</source>
        <translation>Symud y golofn i lawr</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="85" />
        <source>choose the column to remove first</source>
        <translation>dewiswch y golofn i'w thynnu yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="86" />
        <source>Categories</source>
        <translation>Categorïau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="87" />
        <source>Add category</source>
        <translation>Ychwanegu categori</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="88" />
        <source>Add a category after the current one</source>
        <translation>Ychwanegu categori ar ôl yr un presennol</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="89" />
        <source>Remove the current category and its figures</source>
        <translation>Tynnu'r categori presennol a'i ffigurau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="91" />
        <source>Move the category up</source>
        <translation>Symud y categori i fyny</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="92" />
        <source>Move the category down</source>
        <translation>Symud y categori i lawr</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="93" />
        <source>choose the category to remove first</source>
        <translation>dewiswch y categori i'w dynnu yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="94" />
        <source>Dates</source>
        <translation>Dyddiadau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="95" />
        <source>Add date</source>
        <translation>Ychwanegu dyddiad</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="96" />
        <source>Add a date after the current one</source>
        <translation>Ychwanegu dyddiad ar ôl yr un presennol</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="97" />
        <source>Remove the current date and its figures</source>
        <translation>Tynnu'r dyddiad presennol a'i ffigurau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="98" />
        <source>Move the date up</source>
        <translation>Symud y dyddiad i fyny</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="99" />
        <source>Move the date down</source>
        <translation>Symud y dyddiad i lawr</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="100" />
        <source>choose the date to remove first</source>
        <translation>dewiswch y dyddiad i'w dynnu yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="127" />
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="128" />
        <source>Up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="129" />
        <source>Down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="152" />
        <source>choose or make a table first</source>
        <translation>dewiswch neu gwnewch dabl yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="194" />
        <source>Breakdowns</source>
        <translation>Dadansoddiadau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="195" />
        <source>Snapshot comparisons</source>
        <translation>Cymariaethau ciplun</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="206" />
        <source>{plural}: figures</source>
        <translation>{plural}: ffigurau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="215" />
        <source>Warning</source>
        <translation>Rhybudd</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="218" />
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="226" />
        <source>&amp;New…</source>
        <translation>&amp;Newydd…</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="227" />
        <source>Make a new breakdown</source>
        <translation>Gwneud dadansoddiad newydd</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="228" />
        <source>Make a new snapshot</source>
        <translation>Gwneud ciplun newydd</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="229" />
        <source>New breakdown</source>
        <translation>Dadansoddiad newydd</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="230" />
        <source>New snapshot</source>
        <translation>Ciplun newydd</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="231" />
        <source>&amp;Delete…</source>
        <translation>&amp;Dileu…</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="232" />
        <source>Delete this breakdown</source>
        <translation>Dileu'r dadansoddiad hwn</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="233" />
        <source>Delete this snapshot</source>
        <translation>Dileu'r ciplun hwn</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="234" />
        <source>Delete breakdown</source>
        <translation>Dileu dadansoddiad</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="235" />
        <source>Delete snapshot</source>
        <translation>Dileu ciplun</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="248" />
        <source>{plural}: figures, rows and columns, details</source>
        <translation>{plural}: ffigurau, rhesi a cholofnau, manylion</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="252" />
        <source>&amp;Figures</source>
        <translation>&amp;Ffigurau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="255" />
        <source>Rows and &amp;columns</source>
        <translation>Rhesi a &amp;cholofnau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="257" />
        <source>Categories and &amp;dates</source>
        <translation>Categorïau a &amp;dyddiadau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="259" />
        <source>De&amp;tails</source>
        <translation>&amp;Manylion</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="322" />
        <source>&lt;span style="color:#b00020"&gt;&lt;b&gt;Refused:&lt;/b&gt;&lt;/span&gt; {reason}</source>
        <translation>&lt;span style="color:#b00020"&gt;&lt;b&gt;Gwrthodwyd:&lt;/b&gt;&lt;/span&gt; {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="414" />
        <source>&lt;h2&gt;No breakdowns in this pack yet&lt;/h2&gt;&lt;p&gt;Use &lt;b&gt;New…&lt;/b&gt; to make one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Dim dadansoddiadau yn y pecyn hwn eto&lt;/h2&gt;&lt;p&gt;Defnyddiwch &lt;b&gt;Newydd…&lt;/b&gt; i wneud un.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="416" />
        <source>&lt;h2&gt;No snapshot comparisons in this pack yet&lt;/h2&gt;&lt;p&gt;Use &lt;b&gt;New…&lt;/b&gt; to make one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Dim cymariaethau ciplun yn y pecyn hwn eto&lt;/h2&gt;&lt;p&gt;Defnyddiwch &lt;b&gt;Newydd…&lt;/b&gt; i wneud un.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="424" />
        <source>⚠ &lt;b&gt;Warning:&lt;/b&gt; {problem}</source>
        <translation>⚠ &lt;b&gt;Rhybudd:&lt;/b&gt; {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="442" />
        <source>Made “{title}”: name its rows and columns, then enter the figures</source>
        <translation>Gwnaed “{title}”: enwch ei resi a'i golofnau, yna rhowch y ffigurau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="452" />
        <source>New breakdown — Craffu</source>
        <translation>Dadansoddiad newydd — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="453" />
        <source>New snapshot comparison — Craffu</source>
        <translation>Cymhariaeth ciplun newydd — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="454" />
        <source>Title:</source>
        <translation>Teitl:</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="463" />
        <source>choose the table to delete first</source>
        <translation>dewiswch y tabl i'w ddileu yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="469" />
        <source>Deleted “{title}” (Undo brings it back)</source>
        <translation>Dilëwyd “{title}” (mae Dadwneud yn dod ag ef yn ôl)</translation>
    </message>
</context>
<context>
    <name>editors.record_form</name>
    <message>
        <location filename="../../gui/editors/commentary.py" line="46" />
        <source>Commentary</source>
        <translation>Sylwebaeth</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="283" />
        <location filename="../../gui/editors/matrix.py" line="305" />
        <location filename="../../gui/editors/sections.py" line="274" />
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="286" />
        <source>Period (e.g. 2024-25 Q3)</source>
        <translation>Cyfnod (e.e. 2024-25 Q3)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="291" />
        <source>Related indicator (its figure should equal the total)</source>
        <translation>Dangosydd cysylltiedig (dylai ei ffigur fod yn hafal i'r cyfanswm)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="298" />
        <source>Rows are</source>
        <translation>Y rhesi yw</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="300" />
        <source>Columns are</source>
        <translation>Y colofnau yw</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="302" />
        <location filename="../../gui/editors/matrix.py" line="307" />
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix.py" line="306" />
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location filename="../../gui/editors/record_form.py" line="111" />
        <source>&lt;b&gt;English&lt;/b&gt;</source>
        <extracomment>How long after the last key press typed text is saved. Words shown for some choices (e.g. ``{"en": "English"}``); the choice itself is stored. Boxes typed in whose text is not saved yet, and the record key they belong to.</extracomment>
        <translation>&lt;b&gt;Saesneg (English)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/editors/record_form.py" line="112" />
        <source>&lt;b&gt;Cymraeg (Welsh)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cymraeg&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/editors/record_form.py" line="122" />
        <location filename="../../gui/editors/record_form.py" line="308" />
        <source> (Welsh)</source>
        <translation> (Cymraeg)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/record_form.py" line="130" />
        <source>{label}{suffix}: characters</source>
        <translation>{label}{suffix}: nodau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/record_form.py" line="321" />
        <source>Refused: {reason}</source>
        <translation>Gwrthodwyd: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/record_form.py" line="325" />
        <source>{field} saved</source>
        <translation>{field} wedi'i gadw</translation>
    </message>
    <message>
        <location filename="../../gui/editors/record_form.py" line="339" />
        <source>Refused:</source>
        <translation>Gwrthodwyd:</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="175" />
        <source>Heading</source>
        <translation>Pennawd</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="176" />
        <source>Text</source>
        <translation>Testun</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="277" />
        <source>Indicator</source>
        <translation>Dangosydd</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="284" />
        <source>Current position</source>
        <translation>Y sefyllfa bresennol</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="289" />
        <source>Current management actions</source>
        <translation>Camau gweithredu rheoli presennol</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="35" />
        <source>Pack title</source>
        <extracomment>The papers' languages in words (the setting stores the code). The tolerance types in words.</extracomment>
        <translation>Teitl y pecyn</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="36" />
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="39" />
        <source>Language of the papers</source>
        <translation>Iaith y papurau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="47" />
        <source>In published papers, hide counts below</source>
        <translation>Mewn papurau cyhoeddedig, cuddio cyfrifon o dan</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="53" />
        <source>Amber tolerance (unless an indicator sets its own)</source>
        <translation>Goddefiant Ambr (oni bai bod dangosydd yn gosod ei un ei hun)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="61" />
        <source>The tolerance is</source>
        <translation>Mae'r goddefiant yn</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="69" />
        <source>“Sustained” when within this percentage of the comparison figure</source>
        <translation>“Wedi'i gynnal” pan fydd o fewn y ganran hon i'r ffigur cymharu</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="79" />
        <source>Committee</source>
        <translation>Pwyllgor</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="82" />
        <source>Report subject (the title adds the period)</source>
        <translation>Testun yr adroddiad (mae'r teitl yn ychwanegu'r cyfnod)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="85" />
        <source>Reason for the Report</source>
        <translation>Rheswm dros yr Adroddiad</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="87" />
        <source>Background</source>
        <translation>Cefndir</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="89" />
        <source>Scope / Way Forward</source>
        <translation>Cwmpas / Y Ffordd Ymlaen</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="91" />
        <source>Legal Implications</source>
        <translation>Goblygiadau Cyfreithiol</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="93" />
        <source>Financial Implications</source>
        <translation>Goblygiadau Ariannol</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="96" />
        <source>Recommendation</source>
        <translation>Argymhelliad</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="98" />
        <source>Signatory</source>
        <translation>Llofnodwr</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="99" />
        <source>Signatory's role</source>
        <translation>Rôl y llofnodwr</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="103" />
        <source>Meeting date</source>
        <translation>Dyddiad y cyfarfod</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="106" />
        <source>Report date (on or before the meeting)</source>
        <translation>Dyddiad yr adroddiad (ar ddiwrnod y cyfarfod neu cyn hynny)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="109" />
        <source>Committee (blank: as below)</source>
        <translation>Pwyllgor (gwag: fel isod)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="111" />
        <source>Title (blank: made from the period)</source>
        <translation>Teitl (gwag: wedi'i wneud o'r cyfnod)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="113" />
        <source>Signatory (blank: as below)</source>
        <translation>Llofnodwr (gwag: fel isod)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/settings.py" line="116" />
        <source>Signatory's role (blank: as below)</source>
        <translation>Rôl y llofnodwr (gwag: fel isod)</translation>
    </message>
</context>
<context>
    <name>editors.sections</name>
    <message>
        <location filename="../../gui/editors/sections.py" line="125" />
        <source>&lt;b&gt;Refused:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Gwrthodwyd:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="56" />
        <source>Key areas</source>
        <translation>Meysydd allweddol</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="58" />
        <source>Narratives</source>
        <translation>Naratifau</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="143" />
        <source>&lt;b&gt;Refused:&lt;/b&gt; choose the key area to delete first</source>
        <translation>&lt;b&gt;Gwrthodwyd:&lt;/b&gt; dewiswch y maes allweddol i'w ddileu yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="145" />
        <source>&lt;b&gt;Refused:&lt;/b&gt; choose the narrative to delete first</source>
        <translation>&lt;b&gt;Gwrthodwyd:&lt;/b&gt; dewiswch y naratif i'w ddileu yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="154" />
        <source>Deleted “{title}” (Undo brings it back)</source>
        <translation>Dilëwyd “{title}” (mae Dadwneud yn dod ag ef yn ôl)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="196" />
        <source>&lt;h2&gt;Narratives — {label}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Naratifau — {label}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="216" />
        <source>New narrative — Craffu</source>
        <translation>Naratif newydd — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="217" />
        <source>Heading:</source>
        <translation>Pennawd:</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="227" />
        <source>Nothing to carry forward from {label}</source>
        <translation>Dim i'w gario ymlaen o {label}</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="299" />
        <source>Trend, target and trajectory</source>
        <translation>Tuedd, targed a thrywydd</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="315" />
        <source>&lt;h2&gt;Key areas — {label}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Meysydd allweddol — {label}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="334" />
        <source>New key area — Craffu</source>
        <translation>Maes allweddol newydd — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/editors/sections.py" line="335" />
        <source>Title:</source>
        <translation>Teitl:</translation>
    </message>
</context>
<context>
    <name>editors.settings</name>
    <message>
        <location filename="../../gui/editors/settings.py" line="168" />
        <source>&lt;h3&gt;Meeting for {label}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Cyfarfod ar gyfer {label}&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>editors.table_editor</name>
    <message>
        <location filename="../../gui/editors/table_editor.py" line="62" />
        <source>Message</source>
        <extracomment>Whether each row is an indicator (its key is the indicator's code).</extracomment>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../gui/editors/table_editor.py" line="98" />
        <source>&lt;span style="color:#b00020"&gt;&lt;b&gt;Refused:&lt;/b&gt;&lt;/span&gt; {reason}</source>
        <extracomment>The widest a column is made to fit its contents (long texts wrap in their tooltip).</extracomment>
        <translation>&lt;span style="color:#b00020"&gt;&lt;b&gt;Gwrthodwyd:&lt;/b&gt;&lt;/span&gt; {reason}</translation>
    </message>
</context>
<context>
    <name>editors.targets</name>
    <message>
        <location filename="../../gui/editors/targets.py" line="74" />
        <source>&lt;h2&gt;Targets for {label}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Targedau ar gyfer {label}&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>excel_actions</name>
    <message>
        <location filename="../../gui/excel_actions.py" line="49" />
        <source>Data-collection template — Craffu</source>
        <translation>Templed casglu data — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/excel_actions.py" line="51" />
        <source>Indicators in the template</source>
        <translation>Dangosyddion yn y templed</translation>
    </message>
    <message>
        <location filename="../../gui/excel_actions.py" line="55" />
        <source>A workbook for a service to fill with its {label} figures and commentary. Import it back with File ▸ Import: you see every change before it is applied.</source>
        <translation>Llyfr gwaith i wasanaeth ei lenwi â'i ffigurau a'i sylwebaeth ar gyfer {label}. Mewnforiwch ef yn ôl gyda Ffeil ▸ Mewnforio: fe welwch bob newid cyn iddo gael ei wneud.</translation>
    </message>
    <message>
        <location filename="../../gui/excel_actions.py" line="65" />
        <source>Choose file…</source>
        <translation>Dewis ffeil…</translation>
    </message>
    <message>
        <location filename="../../gui/excel_actions.py" line="71" />
        <source>&amp;Indicators:</source>
        <translation>&amp;Dangosyddion:</translation>
    </message>
</context>
<context>
    <name>help_window</name>
    <message>
        <location filename="../../gui/help_window.py" line="70" />
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="../../gui/help_window.py" line="74" />
        <source>&amp;Contents</source>
        <translation>&amp;Cynnwys</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <location filename="../../gui/import_dialog.py" line="89" />
        <source>Import {name} — Craffu</source>
        <translation>Mewnforio {name} — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="93" />
        <source>&lt;b&gt;{summary}&lt;/b&gt;&lt;br&gt;{len:,} fields change. Nothing is changed until you apply; Edit ▸ Undo takes the whole import back.</source>
        <translation>&lt;b&gt;{summary}&lt;/b&gt;&lt;br&gt;Mae {len:,} maes yn newid. Nid oes dim yn newid nes i chi ei weithredu; mae Golygu ▸ Dadwneud yn dadwneud y mewnforio cyfan.</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="102" />
        <source>Changes the import makes</source>
        <translation>Y newidiadau a wna'r mewnforio</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="109" />
        <source>&amp;Apply import</source>
        <translation>&amp;Gweithredu'r mewnforio</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="118" />
        <source>Figures to correct before publishing</source>
        <translation>Ffigurau i'w cywiro cyn cyhoeddi</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="187" />
        <source>Import refused — Craffu</source>
        <translation>Gwrthodwyd y mewnforio — Craffu</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../gui/jobs.py" line="126" />
        <source>Cancel</source>
        <extracomment>Raised by ``JobProgress.check`` once the user has cancelled (the model's own exception, so that plain-Python work, e.g. an exporter, can raise it too). How often the text reported through ``progress(text)`` reaches the dialog (seconds).</extracomment>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../gui/jobs.py" line="145" />
        <source>Cancelling…</source>
        <translation>Wrthi'n canslo…</translation>
    </message>
    <message>
        <location filename="../../gui/jobs.py" line="197" />
        <source>{title} did not finish.

{payload}</source>
        <translation>Ni orffennodd {title}.

{payload}</translation>
    </message>
</context>
<context>
    <name>live_view</name>
    <message>
        <location filename="../../gui/live_view.py" line="67" />
        <source>Last update</source>
        <translation>Diweddariad diwethaf</translation>
    </message>
    <message>
        <location filename="../../gui/live_view.py" line="84" />
        <source>Cannot read {name} just now; showing it as it was ({exc})</source>
        <translation>Methu darllen {name} ar hyn o bryd; yn ei ddangos fel yr oedd ({exc})</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../../gui/window_words.py" line="44" />
        <source>{title} [read-only]</source>
        <translation>{title} [darllen yn unig]</translation>
    </message>
    <message>
        <location filename="../../gui/window_words.py" line="46" />
        <source>{title} (changes saved)</source>
        <translation>{title} (newidiadau wedi'u cadw)</translation>
    </message>
    <message>
        <location filename="../../gui/window_words.py" line="24" />
        <source>◀ Previous</source>
        <extracomment>The toolbar's actions and their short words.</extracomment>
        <translation>◀ Blaenorol</translation>
    </message>
    <message>
        <location filename="../../gui/window_words.py" line="25" />
        <source>Next ▶</source>
        <translation>Nesaf ▶</translation>
    </message>
    <message>
        <location filename="../../gui/window_words.py" line="26" />
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <location filename="../../gui/window_words.py" line="27" />
        <source>Redo</source>
        <translation>Ail-wneud</translation>
    </message>
    <message>
        <location filename="../../gui/window_words.py" line="28" />
        <source>Import…</source>
        <translation>Mewnforio…</translation>
    </message>
    <message>
        <location filename="../../gui/window_words.py" line="29" />
        <source>Run checks</source>
        <translation>Rhedeg y gwiriadau</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="176" />
        <location filename="../../gui/window_words.py" line="78" />
        <source>Opening the pack</source>
        <extracomment>The parts of the body (``gui.workspace.Workspace``) reached as attributes of the window. The window's frame has painted (``opening``: before the pack is opened). A pack's scorecard is in the grid (after ``set_pack``). How to ask about typed text the pack refuses on close (tests: a function of the window and the refusals returning "fix", "discard" or "cancel"; None: a dialog).</extracomment>
        <translation>Wrthi'n agor y pecyn</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="178" />
        <source>Opening…</source>
        <translation>Wrthi'n agor…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="191" />
        <location filename="../../gui/window_words.py" line="76" />
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="200" />
        <location filename="../../gui/window_words.py" line="79" />
        <source>Saved state</source>
        <translation>Cyflwr cadw</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="232" />
        <source>Opening {pack}…</source>
        <translation>Wrthi'n agor {pack}…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="245" />
        <source>{pack} could not be opened.&lt;br&gt;Use File ▸ Open pack to choose another.</source>
        <translation>Nid oedd modd agor {pack}.&lt;br&gt;Defnyddiwch Ffeil ▸ Agor pecyn i ddewis un arall.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="348" />
        <source>The change was saved, but part of the window could not show it ({problem}); reopen the pack to refresh it</source>
        <translation>Cadwyd y newid, ond nid oedd modd i ran o'r ffenestr ei ddangos ({problem}); ailagorwch y pecyn i'w adnewyddu</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="389" />
        <source>Wrote {path}</source>
        <translation>Ysgrifennwyd {path}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="403" />
        <source>&amp;Undo {change}</source>
        <translation>&amp;Dadwneud {change}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="404" />
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="405" />
        <source>&amp;Redo {change}</source>
        <translation>&amp;Ail-wneud {change}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="406" />
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="428" />
        <source>Read-only: changes cannot be made</source>
        <translation>Darllen yn unig: nid oes modd gwneud newidiadau</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="430" />
        <source>Saving…</source>
        <translation>Wrthi'n cadw…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="434" />
        <source>{period} is final · every change is saved</source>
        <translation>Mae {period} yn derfynol · mae pob newid wedi'i gadw</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="437" />
        <source>Every change is saved</source>
        <translation>Mae pob newid wedi'i gadw</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="486" />
        <source>(no recent packs)</source>
        <translation>(dim pecynnau diweddar)</translation>
    </message>
</context>
<context>
    <name>navigator</name>
    <message>
        <location filename="../../gui/navigator.py" line="23" />
        <source>Scorecard</source>
        <translation>Cerdyn sgorio</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="24" />
        <source>Indicator definitions</source>
        <translation>Diffiniadau'r dangosyddion</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="25" />
        <source>Targets</source>
        <translation>Targedau</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="26" />
        <source>Commentary</source>
        <translation>Sylwebaeth</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="27" />
        <source>Commitments</source>
        <translation>Ymrwymiadau</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="28" />
        <source>Budget update</source>
        <translation>Diweddariad y gyllideb</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="29" />
        <source>Breakdowns</source>
        <translation>Dadansoddiadau</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="30" />
        <source>Snapshots</source>
        <translation>Cipluniau</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="31" />
        <source>Narratives</source>
        <translation>Naratifau</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="32" />
        <source>Key areas</source>
        <translation>Meysydd allweddol</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="33" />
        <source>Cover report</source>
        <translation>Adroddiad clawr</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="34" />
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="48" />
        <location filename="../../gui/navigator.py" line="84" />
        <source>Navigator</source>
        <translation>Llywiwr</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="74" />
        <location filename="../../gui/navigator.py" line="91" />
        <source>Other indicators</source>
        <translation>Dangosyddion eraill</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="75" />
        <location filename="../../gui/navigator.py" line="92" />
        <source>Indicators in no group</source>
        <translation>Dangosyddion heb grŵp</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="117" />
        <source>Dashboard</source>
        <translation>Dangosfwrdd</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <location filename="../../gui/opening.py" line="109" />
        <source>Pack in use — Craffu</source>
        <translation>Pecyn yn cael ei ddefnyddio — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/opening.py" line="110" />
        <source>{name} is in use</source>
        <translation>Mae {name} yn cael ei ddefnyddio</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../gui/pages.py" line="57" />
        <source>Dashboard</source>
        <translation>Dangosfwrdd</translation>
    </message>
</context>
<context>
    <name>paper_actions</name>
    <message>
        <location filename="../../gui/paper_actions.py" line="95" />
        <source>Language of the paper</source>
        <translation>Iaith y papur</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="100" />
        <source>For &amp;publication: hide small numbers</source>
        <translation>I'w &amp;gyhoeddi: cuddio niferoedd bach</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="102" />
        <source>For publication</source>
        <translation>I'w gyhoeddi</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="105" />
        <source>Counts of {small}, and percentages of fewer than {threshold}, are shown as * (the key says why). Leave unticked for internal drafts, which show every figure.</source>
        <translation>Dangosir cyfrifon o {small}, a chanrannau o lai na {threshold}, fel * (mae'r allwedd yn dweud pam). Gadewch heb dic ar gyfer drafftiau mewnol, sy'n dangos pob ffigur.</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="113" />
        <source>Drafts show every figure. Published papers hide counts of {small} (and percentages of so few) as *.</source>
        <translation>Mae drafftiau'n dangos pob ffigur. Mae papurau cyhoeddedig yn cuddio cyfrifon o {small} (a chanrannau o gyn lleied) fel *.</translation>
    </message>
    <message>
        <location filename="../../gui/paper_actions.py" line="127" />
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
</context>
<context>
    <name>pdf_preview</name>
    <message>
        <location filename="../../gui/pdf_preview.py" line="68" />
        <source>Pages of the paper</source>
        <translation>Tudalennau'r papur</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="73" />
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="102" />
        <source>Print the paper</source>
        <translation>Argraffu'r papur</translation>
    </message>
    <message>
        <location filename="../../gui/pdf_preview.py" line="157" />
        <source>The {lower} could not be made.

{exc}</source>
        <translation>Nid oedd modd gwneud y {lower}.

{exc}</translation>
    </message>
</context>
<context>
    <name>period_final</name>
    <message>
        <location filename="../../gui/period_final.py" line="34" />
        <source>Mark {label} final — Craffu</source>
        <translation>Nodi bod {label} yn derfynol — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="36" />
        <source>Mark {label} final?</source>
        <translation>Nodi bod {label} yn derfynol?</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="38" />
        <source>These become read-only until the period is reopened (with a reason, kept in the history):&lt;ul&gt;</source>
        <translation>Bydd y rhain yn ddarllen yn unig nes i'r cyfnod gael ei ailagor (gyda rheswm, a gedwir yn yr hanes):&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="44" />
        <source>&lt;/ul&gt;The papers stop saying DRAFT. Edit ▸ Undo takes this back.</source>
        <translation>&lt;/ul&gt;Ni fydd y papurau'n dweud DRAFFT mwyach. Mae Golygu ▸ Dadwneud yn dadwneud hyn.</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="48" />
        <source>Mark &amp;final</source>
        <translation>Nodi'n &amp;derfynol</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="59" />
        <source>Reopen {label} — Craffu</source>
        <translation>Ailagor {label} — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="60" />
        <source>Why is {label} reopened? (kept in the history, e.g. “the service corrected its Q3 figures”)</source>
        <translation>Pam mae {label} yn cael ei ailagor? (a gedwir yn yr hanes, e.e. “cywirodd y gwasanaeth ei ffigurau Ch3”)</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="75" />
        <source>Not marked final — Craffu</source>
        <translation>Heb ei nodi'n derfynol — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="77" />
        <source>{label} cannot be marked final yet</source>
        <translation>Nid oes modd nodi bod {label} yn derfynol eto</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="83" />
        <source>Put these errors right first:
</source>
        <translation>Cywirwch y gwallau hyn yn gyntaf:
</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="86" />
        <source>
… and {value} more</source>
        <translation>
… a {value} arall</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="94" />
        <source>Show the &amp;checks</source>
        <translation>Dangos y g&amp;wiriadau</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="118" />
        <location filename="../../gui/period_final.py" line="123" />
        <source>Refused: {exc}</source>
        <translation>Gwrthodwyd: {exc}</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="126" />
        <source>{period} is final: its figures are read-only</source>
        <translation>Mae {period} yn derfynol: mae ei ffigurau'n ddarllen yn unig</translation>
    </message>
    <message>
        <location filename="../../gui/period_final.py" line="127" />
        <source>{period} is open again</source>
        <translation>Mae {period} ar agor eto</translation>
    </message>
</context>
<context>
    <name>period_selector</name>
    <message>
        <location filename="../../gui/period_selector.py" line="22" />
        <source>Apr–Jun</source>
        <extracomment>The months of each quarter of the financial year.</extracomment>
        <translation>Ebr–Meh</translation>
    </message>
    <message>
        <location filename="../../gui/period_selector.py" line="23" />
        <source>Jul–Sep</source>
        <translation>Gorff–Medi</translation>
    </message>
    <message>
        <location filename="../../gui/period_selector.py" line="24" />
        <source>Oct–Dec</source>
        <translation>Hyd–Rhag</translation>
    </message>
    <message>
        <location filename="../../gui/period_selector.py" line="25" />
        <source>Jan–Mar</source>
        <translation>Ion–Maw</translation>
    </message>
    <message>
        <location filename="../../gui/period_selector.py" line="53" />
        <source>Financial year</source>
        <translation>Blwyddyn ariannol</translation>
    </message>
    <message>
        <location filename="../../gui/period_selector.py" line="54" />
        <source>Quarter</source>
        <translation>Chwarter</translation>
    </message>
    <message>
        <location filename="../../gui/period_selector.py" line="56" />
        <source>Q{quarter} ({months})</source>
        <translation>Ch{quarter} ({months})</translation>
    </message>
    <message>
        <location filename="../../gui/period_selector.py" line="59" />
        <source>&amp;Period:</source>
        <translation>&amp;Cyfnod:</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <location filename="../../gui/preferences.py" line="113" />
        <source>Language of the window</source>
        <extracomment>The window's language, ``cy`` or ``en`` (``gui.language``); until chosen, the system's.</extracomment>
        <translation>Iaith y ffenestr</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="114" />
        <source>Preferences — Craffu</source>
        <translation>Dewisiadau — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="119" />
        <source> characters</source>
        <translation> nod</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="120" />
        <source>Commentary length limit</source>
        <translation>Terfyn hyd y sylwebaeth</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="125" />
        <source>Warn when a figure changes from last quarter by more than</source>
        <translation>Rhybuddio pan fydd ffigur yn newid o'r chwarter diwethaf o fwy na</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="128" />
        <source>&amp;Language / Iaith:</source>
        <translation>&amp;Iaith / Language:</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="129" />
        <source>Commentary length &amp;limit:</source>
        <translation>&amp;Terfyn hyd y sylwebaeth:</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="130" />
        <source>Warn when a figure changes from last &amp;quarter by more than:</source>
        <translation>Rhybuddio pan fydd ffigur yn newid o'r &amp;chwarter diwethaf o fwy na:</translation>
    </message>
</context>
<context>
    <name>progress_board</name>
    <message>
        <location filename="../../gui/progress_board.py" line="57" />
        <source>Progress of the data-collection round by group</source>
        <translation>Cynnydd y rownd casglu data fesul grŵp</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="60" />
        <source>&amp;Open for collection</source>
        <translation>&amp;Agor ar gyfer casglu</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="61" />
        <source>C&amp;lose collection</source>
        <translation>&amp;Cau'r casglu</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="62" />
        <source>&amp;Submit group</source>
        <translation>Cyflwyno'r &amp;grŵp</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="63" />
        <source>&amp;Accept</source>
        <translation>&amp;Derbyn</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="64" />
        <source>&amp;Return…</source>
        <translation>&amp;Dychwelyd…</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="114" />
        <source>{period}: open for collection</source>
        <translation>{period}: ar agor ar gyfer casglu</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="115" />
        <source>{period}: collection closed</source>
        <translation>{period}: casglu wedi cau</translation>
    </message>
    <message>
        <location filename="../../gui/progress_board.py" line="116" />
        <source>{period}: not open for collection</source>
        <translation>{period}: heb agor ar gyfer casglu</translation>
    </message>
</context>
<context>
    <name>publish_dialog</name>
    <message>
        <location filename="../../gui/publish_dialog.py" line="54" />
        <source>Publish {label} — Craffu</source>
        <translation>Cyhoeddi {label} — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="63" />
        <source>Why the period cannot be published yet</source>
        <translation>Pam nad oes modd cyhoeddi'r cyfnod eto</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="72" />
        <source>&amp;Language of the papers</source>
        <translation>&amp;Iaith y papurau</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="76" />
        <location filename="../../gui/publish_dialog.py" line="131" />
        <source>Folder for the published edition</source>
        <translation>Ffolder ar gyfer y fersiwn gyhoeddedig</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="78" />
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="82" />
        <source>&amp;Folder</source>
        <translation>&amp;Ffolder</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="84" />
        <source>&lt;b&gt;Changed since publication&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wedi newid ers cyhoeddi&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="87" />
        <source>What changed in the period since it was published</source>
        <translation>Beth sydd wedi newid yn y cyfnod ers ei gyhoeddi</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="92" />
        <source>&amp;Publish</source>
        <translation>&amp;Cyhoeddi</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="113" />
        <source>not published yet</source>
        <translation>heb ei gyhoeddi eto</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="115" />
        <source>published on {published_at} by {user} (publication {number})</source>
        <translation>cyhoeddwyd ar {published_at} gan {user} (cyhoeddiad {number})</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="143" />
        <location filename="../../gui/publish_dialog.py" line="151" />
        <location filename="../../gui/publish_dialog.py" line="155" />
        <location filename="../../gui/publish_dialog.py" line="161" />
        <source>Publish — Craffu</source>
        <translation>Cyhoeddi — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="144" />
        <source>Choose a folder first.</source>
        <translation>Dewiswch ffolder yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../gui/publish_dialog.py" line="162" />
        <source>Published {label} (publication {number}) to {text}:
{names}
  manifest.json</source>
        <translation>Cyhoeddwyd {label} (cyhoeddiad {number}) i {text}:
{names}
  manifest.json</translation>
    </message>
</context>
<context>
    <name>scorecard_columns</name>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="80" />
        <source>likely to meet the target</source>
        <extracomment>Printed after the face of an officer's forecast (explained in its tooltip and the key). A forecast in words ("may meet the target", never "may to meet the target").</extracomment>
        <translation>tebygol o gyrraedd y targed</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="81" />
        <source>may meet the target</source>
        <translation>efallai y bydd yn cyrraedd y targed</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="82" />
        <source>unlikely to meet the target</source>
        <translation>annhebygol o gyrraedd y targed</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="177" />
        <source>{mark} an officer's forecast, not the calculated one: double-click or right-click to change or clear it</source>
        <translation>{mark} rhagolwg swyddog, nid yr un a gyfrifwyd: cliciwch ddwywaith neu de-gliciwch i'w newid neu ei glirio</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="186" />
        <source>no forecast</source>
        <translation>dim rhagolwg</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="190" />
        <source>{forecast} (officer's forecast)</source>
        <translation>{forecast} (rhagolwg y swyddog)</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="199" />
        <source>No commentary for {period}</source>
        <translation>Dim sylwebaeth ar gyfer {period}</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="216" />
        <source>this year</source>
        <translation>eleni</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="251" />
        <source>The figure for {quarter} {year} (blank: not reported or not yet due)</source>
        <translation>Y ffigur ar gyfer {quarter} {year} (gwag: heb ei adrodd neu heb fod yn ddyledus eto)</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="259" />
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="260" />
        <source>Indicator code</source>
        <translation>Cod y dangosydd</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="263" />
        <source>Indicator</source>
        <translation>Dangosydd</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="264" />
        <source>Indicator title</source>
        <translation>Teitl y dangosydd</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="269" />
        <source>The previous financial year's year-end (outturn) figure</source>
        <translation>Ffigur diwedd blwyddyn (alldro) y flwyddyn ariannol flaenorol</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="271" />
        <source>{year}
outturn</source>
        <translation>Alldro
{year}</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="272" />
        <source>Previous
outturn</source>
        <translation>Alldro
blaenorol</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="280" />
        <source>Year to
date</source>
        <translation>Blwyddyn
hyd yma</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="281" />
        <source>Year to date for {period}</source>
        <translation>Blwyddyn hyd yma ar gyfer {period}</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="282" />
        <source>Year to date</source>
        <translation>Blwyddyn hyd yma</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="286" />
        <source>Target</source>
        <translation>Targed</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="287" />
        <source>The target for the year to date (pro rata or trajectory where set)</source>
        <translation>Y targed ar gyfer y flwyddyn hyd yma (pro rata neu'r trywydd lle caiff ei osod)</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="290" />
        <source>RAG</source>
        <translation>RAG</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="291" />
        <source>Red / Amber / Green against the target</source>
        <translation>Coch / Ambr / Gwyrdd o'i gymharu â'r targed</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="300" />
        <source>Trend</source>
        <translation>Tuedd</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="301" />
        <source>Direction of travel against the comparison period</source>
        <translation>Cyfeiriad teithio o'i gymharu â'r cyfnod cymharu</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="310" />
        <source>Forecast</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="311" />
        <source>Forecast: likely, may or unlikely to meet the year's target</source>
        <translation>Rhagolwg: tebygol, efallai, neu annhebygol o gyrraedd targed y flwyddyn</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="320" />
        <source>Com-
mentary</source>
        <translation>Sylwe-
baeth</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="321" />
        <source>Whether commentary is written for the period</source>
        <translation>A yw sylwebaeth wedi'i hysgrifennu ar gyfer y cyfnod</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="324" />
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="326" />
        <source>commentary written</source>
        <translation>sylwebaeth wedi'i hysgrifennu</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="327" />
        <source>no commentary</source>
        <translation>dim sylwebaeth</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="339" />
        <source>blank</source>
        <extracomment>What each role of an indicator row's cell is, given the column's spec, the row and the fonts.</extracomment>
        <translation>gwag</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_columns.py" line="376" />
        <source>Other indicators</source>
        <extracomment>What each role of a group heading row's cell is (the name in the first column). Every role the grid answers; others are answered at once with nothing. The roles whose values are kept per row; asked for on every paint.</extracomment>
        <translation>Dangosyddion eraill</translation>
    </message>
</context>
<context>
    <name>scorecard_model</name>
    <message>
        <location filename="../../gui/scorecard_model.py" line="320" />
        <source>{words}, locked: final</source>
        <extracomment>Record kinds whose change only affects the rows of the indicator in their key. Record kinds whose change can affect every row, the order or the grouping. Emitted after the rows were reloaded or recomputed (the counts may have changed). A typed figure was refused: the cell and the reason. Quarter columns of a final period, with why they are locked. (code, quarter) -&gt; (text typed, why it was refused), until corrected. (column, descending) while sorted by a column; None: the papers' group order. The grid's font (View ▸ Zoom); None: the application's.</extracomment>
        <translation>{words}, wedi'i gloi: terfynol</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_model.py" line="327" />
        <source>Refused: {reason} (you typed “{typed}”)</source>
        <translation>Gwrthodwyd: {reason} (teipiwyd “{typed}”)</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_model.py" line="329" />
        <source>{words}, refused: {reason}</source>
        <translation>{words}, gwrthodwyd: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_model.py" line="380" />
        <source>not a figure cell</source>
        <translation>nid cell ffigur mo hon</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_model.py" line="383" />
        <source>{column} is worked out, not entered</source>
        <translation>Mae {column} yn cael ei gyfrifo, nid ei roi</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_model.py" line="387" />
        <source>{code} is calculated from its formula ({formula}); its figures are worked out, not entered</source>
        <translation>Mae {code} yn cael ei gyfrifo o'i fformiwla ({formula}); mae ei ffigurau'n cael eu cyfrifo, nid eu rhoi</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_model.py" line="416" />
        <source>not editable</source>
        <translation>dim modd ei olygu</translation>
    </message>
</context>
<context>
    <name>scorecard_page</name>
    <message>
        <location filename="../../gui/scorecard_page.py" line="37" />
        <source>{mark} after a face: officer's forecast (the reason is in its tooltip)</source>
        <extracomment>The key's words for each symbol's meaning, from the papers' catalogue (``model.words``). The key's words for the override mark (``{mark}``).</extracomment>
        <translation>{mark} ar ôl wyneb: rhagolwg y swyddog (mae'r rheswm yn ei gyngor offer)</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_page.py" line="90" />
        <source>Filter by group</source>
        <translation>Hidlo yn ôl grŵp</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_page.py" line="91" />
        <source>Filter by status</source>
        <translation>Hidlo yn ôl statws</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_page.py" line="92" />
        <source>All statuses</source>
        <translation>Pob statws</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_page.py" line="96" />
        <source>Find code, title or commentary</source>
        <translation>Chwilio am god, teitl neu sylwebaeth</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_page.py" line="98" />
        <source>Find</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_page.py" line="99" />
        <source>Indicators shown</source>
        <translation>Y dangosyddion a ddangosir</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_page.py" line="100" />
        <source>&amp;Group:</source>
        <translation>&amp;Grŵp:</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_page.py" line="101" />
        <source>&amp;Status:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_page.py" line="102" />
        <source>Fi&amp;nd:</source>
        <translation>C&amp;hwilio:</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_page.py" line="106" />
        <source>Key to the symbols</source>
        <translation>Allwedd i'r symbolau</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_page.py" line="117" />
        <source>All groups</source>
        <translation>Pob grŵp</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_page.py" line="120" />
        <source>Other indicators</source>
        <translation>Dangosyddion eraill</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_page.py" line="148" />
        <source>Showing {shown} of {total} indicators</source>
        <translation>Yn dangos {shown} o {total} dangosydd</translation>
    </message>
</context>
<context>
    <name>scorecard_view</name>
    <message>
        <location filename="../../gui/scorecard_view.py" line="95" />
        <source>Figure for {code} {quarter}</source>
        <extracomment>Extra width given to every cell, so that figures do not touch the grid lines.</extracomment>
        <translation>Ffigur ar gyfer {code} {quarter}</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_view.py" line="100" />
        <source>A number, or numerator / denominator for a percent or ratio measure (e.g. 120 / 200). Blank: no figure.</source>
        <translation>Rhif, neu rifiadur / enwadur ar gyfer mesur canran neu gymhareb (e.e. 120 / 200). Gwag: dim ffigur.</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_view.py" line="159" />
        <source>Scorecard</source>
        <extracomment>A message for the status bar: a refused edit or paste, or what a paste did.</extracomment>
        <translation>Cerdyn sgorio</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_view.py" line="453" />
        <source>Change officer's &amp;forecast…</source>
        <extracomment>The title column never gets narrower than this; below it the grid scrolls sideways.</extracomment>
        <translation>Newid &amp;rhagolwg y swyddog…</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_view.py" line="455" />
        <source>Override &amp;forecast…</source>
        <translation>Diystyru'r &amp;rhagolwg…</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_view.py" line="460" />
        <source>&amp;Clear forecast override (use the calculated forecast)</source>
        <translation>&amp;Clirio'r rhagolwg a osodwyd (defnyddio'r rhagolwg a gyfrifwyd)</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_view.py" line="465" />
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_view.py" line="466" />
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
</context>
<context>
    <name>server_pack</name>
    <message>
        <location filename="../../gui/server_pack.py" line="173" />
        <source>Open server pack — Craffu</source>
        <translation>Agor pecyn ar y gweinydd — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/server_pack.py" line="178" />
        <source>postgresql://you@server/database?pack=name</source>
        <translation>postgresql://chi@gweinydd/cronfa-ddata?pack=enw</translation>
    </message>
    <message>
        <location filename="../../gui/server_pack.py" line="183" />
        <source>blank: signed in by Windows or a password file</source>
        <translation>gwag: wedi mewngofnodi drwy Windows neu ffeil cyfrineiriau</translation>
    </message>
    <message>
        <location filename="../../gui/server_pack.py" line="187" />
        <source>Remember the password in {where}</source>
        <translation>Cofio'r cyfrinair yn {where}</translation>
    </message>
    <message>
        <location filename="../../gui/server_pack.py" line="193" />
        <source>&amp;Address:</source>
        <translation>&amp;Cyfeiriad:</translation>
    </message>
    <message>
        <location filename="../../gui/server_pack.py" line="194" />
        <source>&amp;Password:</source>
        <translation>C&amp;yfrinair:</translation>
    </message>
    <message>
        <location filename="../../gui/server_pack.py" line="239" />
        <source>The password is kept in {where}</source>
        <translation>Cedwir y cyfrinair yn {where}</translation>
    </message>
</context>
<context>
    <name>team_mode</name>
    <message>
        <location filename="../../gui/team_mode.py" line="87" />
        <source>Collection</source>
        <translation>Casglu</translation>
    </message>
    <message>
        <location filename="../../gui/team_mode.py" line="103" />
        <source>Cannot reach the server; showing the pack as it was: {exc}</source>
        <translation>Methu cyrraedd y gweinydd; yn dangos y pecyn fel yr oedd: {exc}</translation>
    </message>
    <message>
        <location filename="../../gui/team_mode.py" line="114" />
        <source>{user} saved “{action}”{more}</source>
        <translation>Cadwodd {user} “{action}”{more}</translation>
    </message>
</context>
<context>
    <name>trend_panel</name>
    <message>
        <location filename="../../gui/trend_panel.py" line="314" />
        <source>Quarters</source>
        <extracomment>pyqtgraph symbols for the description's shapes. Spans offered, in financial years.</extracomment>
        <translation>Chwarteri</translation>
    </message>
    <message>
        <location filename="../../gui/trend_panel.py" line="315" />
        <source>Year end</source>
        <translation>Diwedd blwyddyn</translation>
    </message>
    <message>
        <location filename="../../gui/trend_panel.py" line="316" />
        <source>Trend view</source>
        <translation>Golwg y duedd</translation>
    </message>
    <message>
        <location filename="../../gui/trend_panel.py" line="318" />
        <source>Quarter by quarter, or one year-end figure a year</source>
        <translation>Fesul chwarter, neu un ffigur diwedd blwyddyn bob blwyddyn</translation>
    </message>
    <message>
        <location filename="../../gui/trend_panel.py" line="322" />
        <source>{span} years</source>
        <translation>{span} mlynedd</translation>
    </message>
    <message>
        <location filename="../../gui/trend_panel.py" line="324" />
        <source>Trend span</source>
        <translation>Cyfnod y duedd</translation>
    </message>
    <message>
        <location filename="../../gui/trend_panel.py" line="391" />
        <source>{years} years</source>
        <translation>{years} mlynedd</translation>
    </message>
    <message>
        <location filename="../../gui/trend_panel.py" line="417" />
        <source>Trend chart: {title}</source>
        <translation>Siart tuedd: {title}</translation>
    </message>
    <message>
        <location filename="../../gui/trend_panel.py" line="421" />
        <source>Point at a figure to see its status; click it to select the period.</source>
        <translation>Pwyntiwch at ffigur i weld ei statws; cliciwch arno i ddewis y cyfnod.</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <location filename="../../gui/unsaved.py" line="115" />
        <source>Not saved — Craffu</source>
        <translation>Heb ei gadw — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/unsaved.py" line="118" />
        <source>{count} thing you typed could not be saved</source>
        <translation>Nid oedd modd cadw {count} peth a deipiwyd gennych</translation>
    </message>
    <message>
        <location filename="../../gui/unsaved.py" line="119" />
        <source>{count} things you typed could not be saved</source>
        <translation>Nid oedd modd cadw {count} peth a deipiwyd gennych</translation>
    </message>
    <message>
        <location filename="../../gui/unsaved.py" line="123" />
        <source>

Everything else you changed is saved.</source>
        <translation>

Mae popeth arall a newidiwyd gennych wedi'i gadw.</translation>
    </message>
    <message>
        <location filename="../../gui/unsaved.py" line="125" />
        <source>Go back and &amp;fix it</source>
        <translation>Mynd yn ôl a'i &amp;gywiro</translation>
    </message>
    <message>
        <location filename="../../gui/unsaved.py" line="128" />
        <source>&amp;Discard it and close</source>
        <translation>&amp;Gwaredu a chau</translation>
    </message>
</context>
<context>
    <name>window_commands</name>
    <message>
        <location filename="../../gui/window_commands.py" line="78" />
        <source>New pack — Craffu</source>
        <translation>Pecyn newydd — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/window_commands.py" line="79" />
        <source>Cannot create {name}: {exc}</source>
        <translation>Methu creu {name}: {exc}</translation>
    </message>
    <message>
        <location filename="../../gui/window_commands.py" line="96" />
        <source>Save a copy — Craffu</source>
        <translation>Cadw copi — Craffu</translation>
    </message>
    <message>
        <location filename="../../gui/window_commands.py" line="97" />
        <source>No copy was saved: {exc}</source>
        <translation>Ni chadwyd copi: {exc}</translation>
    </message>
    <message>
        <location filename="../../gui/window_commands.py" line="101" />
        <source>Saved a copy as {path}; you are still working on {name}</source>
        <translation>Cadwyd copi fel {path}; rydych yn dal i weithio ar {name}</translation>
    </message>
    <message>
        <location filename="../../gui/window_commands.py" line="161" />
        <source>The window is in English now</source>
        <translation>The window is in English now</translation>
    </message>
    <message>
        <location filename="../../gui/window_commands.py" line="162" />
        <source>The window is in Welsh now</source>
        <translation>Mae'r ffenestr yn Gymraeg nawr</translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <location filename="../../gui/workspace.py" line="53" />
        <source>{count} error</source>
        <translation>{count} gwall</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="54" />
        <source>{count} errors</source>
        <translation>{count} gwall</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="55" />
        <source>{count} warning</source>
        <translation>{count} rhybudd</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="56" />
        <source>{count} warnings</source>
        <translation>{count} rhybudd</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="95" />
        <source>Key:</source>
        <translation>Allwedd:</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="97" />
        <source>Hover over a cell for the explanation.</source>
        <translation>Hofrwch dros gell i gael yr esboniad.</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="121" />
        <location filename="../../gui/workspace.py" line="239" />
        <location filename="../../gui/workspace.py" line="259" />
        <source>Checks</source>
        <translation>Gwiriadau</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="123" />
        <location filename="../../gui/workspace.py" line="241" />
        <location filename="../../gui/workspace.py" line="260" />
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="139" />
        <source>The trend of the selected indicator appears here.</source>
        <translation>Mae tuedd y dangosydd a ddewiswyd yn ymddangos yma.</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="174" />
        <source>Usual text size</source>
        <translation>Maint testun arferol</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="176" />
        <source>Text larger by {points} point (View ▸ Actual size: Ctrl+Alt+0)</source>
        <translation>Testun {points} pwynt yn fwy (Golwg ▸ Maint arferol: Ctrl+Alt+0)</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="178" />
        <source>Text larger by {points} points (View ▸ Actual size: Ctrl+Alt+0)</source>
        <translation>Testun {points} pwynt yn fwy (Golwg ▸ Maint arferol: Ctrl+Alt+0)</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="181" />
        <source>Text smaller by {points} point (View ▸ Actual size: Ctrl+Alt+0)</source>
        <translation>Testun {points} pwynt yn llai (Golwg ▸ Maint arferol: Ctrl+Alt+0)</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="183" />
        <source>Text smaller by {points} points (View ▸ Actual size: Ctrl+Alt+0)</source>
        <translation>Testun {points} pwynt yn llai (Golwg ▸ Maint arferol: Ctrl+Alt+0)</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="207" />
        <source>The scorecard is in group order, as in the papers</source>
        <translation>Mae'r cerdyn sgorio yn nhrefn y grwpiau, fel yn y papurau</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="238" />
        <source>Navigator</source>
        <translation>Llywiwr</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="240" />
        <source>Indicator detail</source>
        <translation>Manylion y dangosydd</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="242" />
        <source>Trend</source>
        <translation>Tuedd</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="338" />
        <source>Trend of the selected indicator</source>
        <translation>Tuedd y dangosydd a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="447" />
        <source>Checks: {errors}, {warnings}</source>
        <translation>Gwiriadau: {errors}, {warnings}</translation>
    </message>
</context>
<context>
    <name>written</name>
    <message>
        <location filename="../../gui/written.py" line="33" />
        <source>File written</source>
        <translation>Ffeil wedi'i hysgrifennu</translation>
    </message>
    <message>
        <location filename="../../gui/written.py" line="34" />
        <source>Wrote {name}</source>
        <translation>Ysgrifennwyd {name}</translation>
    </message>
    <message>
        <location filename="../../gui/written.py" line="36" />
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <location filename="../../gui/written.py" line="37" />
        <source>Open {name}</source>
        <translation>Agor {name}</translation>
    </message>
    <message>
        <location filename="../../gui/written.py" line="38" />
        <source>Show in &amp;folder</source>
        <translation>Dangos yn y &amp;ffolder</translation>
    </message>
    <message>
        <location filename="../../gui/written.py" line="40" />
        <source>Show {parent} in the file manager</source>
        <translation>Dangos {parent} yn y rheolwr ffeiliau</translation>
    </message>
    <message>
        <location filename="../../gui/written.py" line="45" />
        <location filename="../../gui/written.py" line="46" />
        <source>Dismiss</source>
        <translation>Cau</translation>
    </message>
</context>
</TS>