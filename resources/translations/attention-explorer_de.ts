<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AttentionChart</name>
    <message>
        <location filename="../../app/attentionchart.cpp" line="+237"/>
        <source>Bar chart of the attention weights</source>
        <translation>Balkendiagramm der Attention-Gewichte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attention weights</source>
        <translation>Attention-Gewichte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attention weights from “%1”</source>
        <translation>Attention-Gewichte von „%1“</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>masked</source>
        <translation>maskiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
(query)</source>
        <translation>%1
(Query)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Key word</source>
        <translation>Key-Wort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight (axis fitted to data)</source>
        <translation>Gewicht (Achse an Daten angepasst)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <location filename="../../app/canvasview.cpp" line="+1031"/>
        <source>Drag an arrow&apos;s tip to move the word. Click an arrow to make it the query.
Wheel: zoom. Middle button or Space + drag: pan.</source>
        <translation>Pfeilspitze ziehen, um das Wort zu verschieben. Pfeil anklicken, um sein Wort zur Query zu machen.
Mausrad: Zoom. Mittlere Maustaste oder Leertaste + Ziehen: Ansicht verschieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word vectors</source>
        <translation>Wortvektoren</translation>
    </message>
    <message>
        <location line="-819"/>
        <source>query · %1</source>
        <translation>Query · %1</translation>
    </message>
    <message>
        <location line="+806"/>
        <source>No query.</source>
        <translation>Keine Query.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query “%1”. Weights: %2.</source>
        <translation>Query „%1“. Gewichte: %2.</translation>
    </message>
    <message>
        <location line="-793"/>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+508"/>
        <source>word</source>
        <translation>Wort</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter: keep the label. Esc: cancel.</source>
        <translation>Enter: Beschriftung übernehmen. Esc: abbrechen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word label</source>
        <translation>Wortbeschriftung</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Double-click to add a word, or open a scene with File › Open.</source>
        <translation>Doppelklick fügt ein Wort hinzu; Szenen öffnet Datei › Öffnen.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/commandline.cpp" line="+21"/>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print each word&apos;s score and weight from the query and the output vector, then exit. Needs no display.</source>
        <translation>Score und Gewicht jedes Wortes bezüglich der Query sowie den Ausgabevektor ausgeben, dann beenden. Benötigt keine Anzeige.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --print: print one JSON object instead.</source>
        <translation>Mit --print: stattdessen ein einzelnes JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the first word labelled LABEL as the query.</source>
        <translation>Das erste Wort mit der Beschriftung LABEL als Query verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a figure to FILE and exit: .png, .svg, .pdf or .tex (TikZ), by the extension. Needs no display.</source>
        <translation>Eine Abbildung in FILE schreiben und beenden: .png, .svg, .pdf oder .tex (TikZ), je nach Dateiendung. Benötigt keine Anzeige.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --export: the figure&apos;s size, WIDTHxHEIGHT in pixels (PNG: exact image size, default 1920x1080; SVG and PDF: CSS pixels, default 1200x675).</source>
        <translation>Mit --export: Größe der Abbildung, WIDTHxHEIGHT in Pixeln (PNG: exakte Bildgröße, Standard 1920x1080; SVG und PDF: CSS-Pixel, Standard 1200x675).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --export: figure (canvas and chart, the default), canvas or chart.</source>
        <translation>Mit --export: figure (Zeichenfläche und Diagramm, Standard), canvas oder chart.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the window in presentation mode (full screen, larger text).</source>
        <translation>Das Fenster im Präsentationsmodus öffnen (Vollbild, größere Schrift).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --export: light (the default) or dark.</source>
        <translation>Mit --export: light (Standard) oder dark.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Drag word vectors and watch scaled dot-product attention change live.
Without --print or --export, opens the window on SCENE.</source>
        <translation>Wortvektoren ziehen und live verfolgen, wie sich die Scaled Dot-Product Attention ändert.
Ohne --print oder --export öffnet sich das Fenster mit SCENE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A scene file (.json, or a .png or .svg figure exported by Attention Explorer). Default: the notebook&apos;s sentence.</source>
        <translation>Eine Szenendatei (.json oder eine von Attention Explorer exportierte .png- oder .svg-Abbildung). Standard: der Satz aus dem Notebook.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Too many arguments: give at most one scene file, not %1.</source>
        <translation>Zu viele Argumente: höchstens eine Szenendatei angeben, nicht %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--print and --export cannot be combined; run the program once for each.</source>
        <translation>--print und --export lassen sich nicht kombinieren; das Programm für jede Option einzeln aufrufen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--json only goes with --print.</source>
        <translation>--json ist nur zusammen mit --print möglich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--present only goes with opening the window, not with --print or --export.</source>
        <translation>--present geht nur beim Öffnen des Fensters, nicht mit --print oder --export.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--query only goes with --print or --export.</source>
        <translation>--query ist nur zusammen mit --print oder --export möglich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1 only goes with --export.</source>
        <translation>--%1 ist nur zusammen mit --export möglich.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid --size “%1”: use WIDTHxHEIGHT in pixels, each 1 to 16384, e.g. 1920x1080.</source>
        <translation>Ungültige --size „%1“: WIDTHxHEIGHT in Pixeln angeben, jeweils 1 bis 16384, z. B. 1920x1080.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid --view “%1”: use figure, canvas or chart.</source>
        <translation>Ungültige --view „%1“: figure, canvas oder chart verwenden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid --theme “%1”: use light or dark.</source>
        <translation>Ungültiges --theme „%1“: light oder dark verwenden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>
Exit status: 0 on success, 1 for invalid input (unreadable or malformed scene, unknown query label, unsupported extension), 2 for a usage error.
</source>
        <translation>
Exit-Status: 0 bei Erfolg, 1 bei ungültiger Eingabe (unlesbare oder fehlerhafte Szene, unbekannte Query-Beschriftung, nicht unterstützte Dateiendung), 2 bei einem Aufruffehler.
</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot export to %1: unsupported extension; use .png, .svg, .pdf or .tex.</source>
        <translation>Export nach %1 nicht möglich: nicht unterstützte Dateiendung; .png, .svg, .pdf oder .tex verwenden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no word is labelled “%1”; the labels are %2.</source>
        <translation>kein Wort hat die Beschriftung „%1“; vorhandene Beschriftungen: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the scene has no words, so there is nothing to print.</source>
        <translation>die Szene enthält keine Wörter, daher gibt es nichts auszugeben.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>note: --size and --theme do not apply to .tex; the TikZ picture takes its size and colours from the LaTeX document.</source>
        <translation>Hinweis: --size und --theme gelten nicht für .tex; das TikZ-Bild übernimmt Größe und Farben aus dem LaTeX-Dokument.</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <location filename="../../app/controlspanel.cpp" line="+363"/>
        <source>Reset projections to identity</source>
        <translation>Projektionen auf Identität zurücksetzen</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+68"/>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate by 45°</source>
        <translation>Um 45° drehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate by 90°</source>
        <translation>Um 90° drehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale by 2</source>
        <translation>Mit 2 skalieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale by 0.5</source>
        <translation>Mit 0,5 skalieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap axes</source>
        <translation>Achsen tauschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project onto x</source>
        <translation>Auf x projizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Rotate by an Angle…</source>
        <translation>Um beliebigen Winkel drehen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotate %1</source>
        <translation>%1 drehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angle in degrees:</source>
        <translation>Winkel in Grad:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotate %1 by %2°</source>
        <translation>%1 um %2° drehen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Divide scores by √d_k</source>
        <translation>Scores durch √d_k teilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scaled dot-product attention divides q·k by the square root of the key dimension, which keeps the softmax from becoming too sharp for long vectors</source>
        <translation>Scaled Dot-Product Attention teilt q·k durch die Wurzel der Key-Dimension; so wird die Softmax bei langen Vektoren nicht zu scharf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temperature T divides the scores: T &gt; 1 flattens the weights, T &lt; 1 sharpens them</source>
        <translation>Die Temperatur T teilt die Scores: T &gt; 1 glättet die Gewichte, T &lt; 1 schärft sie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Causal mask: a word sees only itself and earlier words</source>
        <translation>Kausale Maske: Ein Wort sieht nur sich und frühere Wörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As in a decoder: keys after the query get weight exactly 0</source>
        <translation>Wie in einem Decoder: Keys nach der Query erhalten das Gewicht exakt 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show projected q, k, v on the canvas</source>
        <translation>Projizierte q, k, v auf der Zeichenfläche zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projections (q = W_Q·x, k = W_K·x, v = W_V·x)</source>
        <translation>Projektionen (q = W_Q·x, k = W_K·x, v = W_V·x)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each matrix is applied to the word vector x as a column; identity gives q = k = v = x</source>
        <translation>Jede Matrix wird auf den Wortvektor x als Spaltenvektor angewendet; die Identität ergibt q = k = v = x</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset All to Identity</source>
        <translation>Alle auf Identität zurücksetzen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Temperature value</source>
        <translation>Wert der Temperatur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 row %2, column %3</source>
        <translation>%1 Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Presets for %1</source>
        <translation>Vorlagen für %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>d_k = %1, so √d_k = %2</source>
        <translation>d_k = %1, also √d_k = %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Scale scores by √d_k</source>
        <translation>Scores mit √d_k skalieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop scaling scores</source>
        <translation>Scores nicht mehr skalieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set temperature to %1</source>
        <translation>Temperatur auf %1 setzen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Turn on the causal mask</source>
        <translation>Kausale Maske einschalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn off the causal mask</source>
        <translation>Kausale Maske ausschalten</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../../app/csvimport.cpp" line="+82"/>
        <source>Line %1 has a quote without a closing quote, but a field cannot contain a line break, so close the quote on the same line.</source>
        <translation>Zeile %1 enthält ein Anführungszeichen ohne schließendes Gegenstück, aber ein Feld darf keinen Zeilenumbruch enthalten; das Anführungszeichen daher in derselben Zeile schließen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line %1: text follows the closing quote of field %2, so write a quote inside a quoted field as two quotes (&quot;&quot;).</source>
        <translation>Zeile %1: Auf das schließende Anführungszeichen von Feld %2 folgt Text; ein Anführungszeichen innerhalb eines Feldes in Anführungszeichen daher doppelt schreiben (&quot;&quot;).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Line %1: %2 must be a number like 0.5 or -1.25, not “%3”.</source>
        <translation>Zeile %1: %2 muss eine Zahl wie 0.5 oder -1.25 sein, nicht „%3“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1: %2 is “%3”, which is not a finite number, so replace it with a number between -%4 and %4.</source>
        <translation>Zeile %1: %2 ist „%3“ und damit keine endliche Zahl; durch eine Zahl zwischen -%4 und %4 ersetzen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: %2 is %3, beyond the limit of ±%4, so scale the scene down.</source>
        <translation>Zeile %1: %2 ist %3 und überschreitet die Grenze von ±%4; die Szene daher herunterskalieren.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Line %1 is not valid UTF-8, so save the file as CSV with UTF-8 encoding.</source>
        <translation>Zeile %1 ist kein gültiges UTF-8; die Datei als CSV mit UTF-8-Kodierung speichern.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Line %1 needs three fields (label, x, y) but has %2, so add the missing value or put a label that contains “%3” in double quotes.</source>
        <translation>Zeile %1 braucht drei Felder (label, x, y), hat aber %2; den fehlenden Wert ergänzen oder eine Beschriftung, die „%3“ enthält, in doppelte Anführungszeichen setzen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Line %1 has a label of %2 characters, more than the limit of %3, so shorten it.</source>
        <translation>Zeile %1 hat eine Beschriftung mit %2 Zeichen, mehr als die Grenze von %3; die Beschriftung kürzen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1 is past the limit of %2 words, so split the file into several scenes.</source>
        <translation>Zeile %1 liegt über der Grenze von %2 Wörtern; die Datei auf mehrere Szenen aufteilen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file contains no words, so add one line per word in the form label,x,y.</source>
        <translation>Die Datei enthält keine Wörter; pro Wort eine Zeile der Form label,x,y anlegen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than the limit of %2 bytes for an imported file.</source>
        <translation>%1 ist größer als die Grenze von %2 Bytes für eine importierte Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
</context>
<context>
    <name>ExampleScene</name>
    <message>
        <location filename="../../app/examples.cpp" line="+22"/>
        <source>The cat, which had been sleeping on the couch, suddenly jumped.</source>
        <translation>Notebook-Satz: „The cat, which had been sleeping on the couch, suddenly jumped.“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workshop notebook&apos;s sentence: how &quot;jumped&quot; attends to the other words.</source>
        <translation>Der Satz aus dem Workshop-Notebook: wie sich die Attention von „jumped“ auf die anderen Wörter verteilt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank: river or money?</source>
        <translation>Bank: Flussufer oder Geld?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;bank&quot; lies nearer &quot;money&quot; and &quot;loan&quot;, so it attends more to that sense (0.52 against 0.30); drag bank toward &quot;river&quot; and &quot;water&quot; to flip it.</source>
        <translation>„bank“ liegt näher an „money“ und „loan“ und richtet daher mehr Attention auf diese Bedeutung (0,52 gegenüber 0,30); wer „bank“ zu „river“ und „water“ zieht, kehrt das um.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cat saw the dog: a tie</source>
        <translation>„The cat saw the dog“: ein Gleichstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both &quot;the&quot; have the same label and vector, so &quot;saw&quot; gives them exactly equal weights.</source>
        <translation>Beide „the“ haben dieselbe Beschriftung und denselben Vektor, daher gibt „saw“ ihnen exakt gleiche Gewichte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uniform weights: differences at right angles to the query</source>
        <translation>Gleiche Gewichte: Unterschiede rechtwinklig zur Query</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The words differ only along x, at right angles to the query &quot;fruit&quot; = (0, 1), so every q·k is 1 and each weight is exactly 1/5.</source>
        <translation>Die Wörter unterscheiden sich nur in x, rechtwinklig zur Query „fruit“ = (0; 1), daher ist jedes q·k gleich 1 und jedes Gewicht exakt 1/5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The animal didn&apos;t cross the street because it was too tired.</source>
        <translation>Skalierung: „The animal didn&apos;t cross the street because it was too tired.“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With long vectors, scaling by √d_k keeps the softmax soft: top weight 0.76 with √d_k, 0.89 without; set scaling to none to compare.</source>
        <translation>Bei langen Vektoren hält die Skalierung durch √d_k die Softmax weich: höchstes Gewicht 0,76 mit √d_k, 0,89 ohne; zum Vergleich „Scores durch √d_k teilen“ ausschalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The old man who lived by the sea caught a huge fish.</source>
        <translation>Langer Satz: „The old man who lived by the sea caught a huge fish.“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A twelve-word sentence: &quot;caught&quot; attends most to &quot;man&quot; and &quot;fish&quot; and spreads the rest thinly over the other words.</source>
        <translation>Ein Satz aus zwölf Wörtern: „caught“ richtet die meiste Attention auf „man“ und „fish“ und verteilt den Rest dünn auf die übrigen Wörter.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/exportdialog.cpp" line="+28"/>
        <source>&amp;Transparent background</source>
        <translation>&amp;Transparenter Hintergrund</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Figure</source>
        <translation>Abbildung exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Canvas and chart</source>
        <translation>Zeichenfläche und Diagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas only</source>
        <translation>Nur Zeichenfläche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart only</source>
        <translation>Nur Diagramm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pixels per CSS pixel: 2× stays sharp on high-resolution screens and projectors</source>
        <translation>Pixel pro CSS-Pixel: 2× bleibt auf hochauflösenden Bildschirmen und Beamern scharf</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Show:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;cale:</source>
        <translation>S&amp;kalierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TikZ code of the arrows, the bars or both, for LaTeX.</source>
        <translation>TikZ-Code der Pfeile, der Balken oder beider, für LaTeX.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The image will be %1 × %2 pixels.</source>
        <translation>Das Bild wird %1 × %2 Pixel groß.</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <location filename="../../app/figure.cpp" line="+91"/>
        <location line="+149"/>
        <location line="+43"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+26"/>
        <source>Attention weights</source>
        <translation>Attention-Gewichte</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Made with Attention Explorer</source>
        <translation>Erstellt mit Attention Explorer</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot export to %1: unsupported extension “.%2”; use .png, .svg, .pdf or .tex.</source>
        <translation>Export nach %1 nicht möglich: nicht unterstützte Dateiendung „.%2“; .png, .svg, .pdf oder .tex verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot export to %1: the size %2×%3 is empty.</source>
        <translation>Export nach %1 nicht möglich: Die Größe %2×%3 ist leer.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot write %1: the image of %2×%3 pixels could not be compressed; try a smaller size.</source>
        <translation>%1 kann nicht geschrieben werden: Das Bild mit %2×%3 Pixeln ließ sich nicht komprimieren; wählen Sie eine kleinere Größe.</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../app/glossarydialog.cpp" line="+47"/>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A word of the sentence; here, one arrow on the canvas.</source>
        <translation>Ein Wort des Satzes; hier ein Pfeil auf der Zeichenfläche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vector of a token; here, the tip (x, y) of its arrow.</source>
        <translation>Der Vektor eines Tokens; hier die Spitze (x, y) seines Pfeils.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The word whose attention is shown: q = W_Q·x. Pick it in the Query box or by clicking an arrow.</source>
        <translation>Das Wort, dessen Attention gezeigt wird: q = W_Q·x. Es wird im Feld „Query“ oder per Klick auf einen Pfeil gewählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each word as a target of attention: kⱼ = W_K·xⱼ. With the default settings its score is q·kⱼ / √d_k.</source>
        <translation>Jedes Wort als Ziel der Attention: kⱼ = W_K·xⱼ. Mit den Standardeinstellungen ist sein Score q·kⱼ / √d_k.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What each word adds to the output: vⱼ = W_V·xⱼ.</source>
        <translation>Was jedes Wort zur Ausgabe beiträgt: vⱼ = W_V·xⱼ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turns the scores into weights between 0 and 1 that sum to 1; a larger score gets a larger weight. The chart shows the weights.</source>
        <translation>Macht aus den Scores Gewichte zwischen 0 und 1, die sich zu 1 summieren; ein größerer Score ergibt ein größeres Gewicht. Das Diagramm zeigt die Gewichte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The output Σ wⱼvⱼ, the mean of the values weighted by the attention weights; the dashed arrow on the canvas.</source>
        <translation>Die Ausgabe Σ wⱼvⱼ, der mit den Attention-Gewichten gewichtete Mittelwert der Values; der gestrichelte Pfeil auf der Zeichenfläche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The terms of attention and where the app shows them.</source>
        <translation>Die Begriffe der Attention und wo die Anwendung sie zeigt. Wie in der deutschen KI-Lehre üblich, bleiben sie englisch.</translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <location filename="../../app/heatmapview.cpp" line="+57"/>
        <source>Attention weights of every query</source>
        <translation>Attention-Gewichte aller Queries</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows are queries, columns are keys. Click a row to make its word the query.</source>
        <translation>Zeilen sind Queries, Spalten sind Keys. Eine Zeile anklicken, um ihr Wort zur Query zu machen.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>query %1 → key %2: masked</source>
        <translation>Query %1 → Key %2: maskiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>query %1 → key %2: %3</source>
        <translation>Query %1 → Key %2: %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No words to compare.</source>
        <translation>Keine Wörter zum Vergleichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No weights: the scene&apos;s numbers are out of range.</source>
        <translation>Keine Gewichte: Die Zahlen der Szene liegen außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>query ↓ key →</source>
        <translation>Query ↓ Key →</translation>
    </message>
</context>
<context>
    <name>LiveLabel</name>
    <message>
        <location filename="../../app/livelabel.cpp" line="+28"/>
        <location line="+41"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/mainwindow.cpp" line="+73"/>
        <source>Attention scenes (*.json)</source>
        <translation>Attention-Szenen (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures with a scene (*.png *.svg)</source>
        <translation>Abbildungen mit Szene (*.png *.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+840"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-536"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Start an empty scene</source>
        <translation>Eine leere Szene beginnen</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open a scene file</source>
        <translation>Eine Szenendatei öffnen</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save the scene</source>
        <translation>Die Szene speichern</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save the scene under a new name</source>
        <translation>Die Szene unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>&amp;Import Words from CSV…</source>
        <translation>Wörter aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Replace the words by those of a CSV file with label,x,y per line</source>
        <translation>Die Wörter durch die einer CSV-Datei mit label,x,y pro Zeile ersetzen</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>&amp;Export Figure…</source>
        <translation>Abbildung &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save the canvas and chart as PNG, SVG, PDF or TikZ for slides and handouts</source>
        <translation>Zeichenfläche und Diagramm als PNG, SVG, PDF oder TikZ für Folien und Handouts speichern</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Export &amp;Numbers…</source>
        <translation>&amp;Zahlen exportieren…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save each word&apos;s vector, q·k, score and weight as CSV or JSON</source>
        <translation>Vektor, q·k, Score und Gewicht jedes Wortes als CSV oder JSON speichern</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>&amp;Copy Figure</source>
        <translation>Abbildung &amp;kopieren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Copy the canvas and chart as an image, to paste into slides</source>
        <translation>Zeichenfläche und Diagramm als Bild kopieren, zum Einfügen in Folien</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+811"/>
        <location line="+142"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+143"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="-954"/>
        <source>&amp;Add Word</source>
        <translation>Wort &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add a word at the centre of the canvas (or double-click empty canvas)</source>
        <translation>Ein Wort in der Mitte der Zeichenfläche hinzufügen (oder auf eine freie Stelle doppelklicken)</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Re&amp;name Word</source>
        <translation>Wort &amp;umbenennen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Edit the label of the selected word</source>
        <translation>Die Beschriftung des ausgewählten Wortes bearbeiten</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>&amp;Delete Word</source>
        <translation>Wort &amp;löschen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Remove the selected word</source>
        <translation>Das ausgewählte Wort entfernen</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Move Word &amp;Earlier</source>
        <translation>Wort nach &amp;vorn</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Move the selected word one place earlier in the sentence</source>
        <translation>Das ausgewählte Wort im Satz eine Stelle nach vorn verschieben</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Move Word &amp;Later</source>
        <translation>Wort nach hin&amp;ten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Move the selected word one place later in the sentence</source>
        <translation>Das ausgewählte Wort im Satz eine Stelle nach hinten verschieben</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>S&amp;nap to Grid</source>
        <translation>Am &amp;Raster einrasten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Round dragged tips to the grid; hold Shift while dragging to invert</source>
        <translation>Gezogene Pfeilspitzen auf das Raster runden; Umschalt beim Ziehen gedrückt halten, um das umzukehren</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>&amp;Fit View</source>
        <translation>Alles &amp;einpassen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Frame all arrows on the canvas</source>
        <translation>Die Ansicht so einpassen, dass alle Pfeile sichtbar sind</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Fit Chart &amp;Axis to Data</source>
        <translation>&amp;Gewichtsachse anpassen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Scale the weight axis to the largest weight instead of 0 to 1</source>
        <translation>Die Gewichtsachse bis zum größten Gewicht skalieren statt von 0 bis 1</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Zoom Text &amp;In</source>
        <translation>Text &amp;vergrößern</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Make all text larger, the chart&apos;s included</source>
        <translation>Alle Texte vergrößern, auch im Diagramm</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Zoom Text &amp;Out</source>
        <translation>Text ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Make all text smaller</source>
        <translation>Alle Texte verkleinern</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>&amp;Reset Text Size</source>
        <translation>Textgröße &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Full screen with larger text for a room; Esc leaves</source>
        <translation>Vollbild mit größerer Schrift für den Hörsaal; Esc beendet ihn</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Leave Presentation Mode</source>
        <translation>Präsentationsmodus beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hide Side Panels</source>
        <translation>Seiten&amp;leisten ausblenden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Show the canvas alone, for example while presenting</source>
        <translation>Nur die Zeichenfläche zeigen, etwa beim Präsentieren</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Attention Explorer</source>
        <translation>&amp;Über Attention Explorer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Zu&amp;letzt geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Examples</source>
        <translation>Beis&amp;piele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Query:</source>
        <translation>&amp;Query:</translation>
    </message>
    <message>
        <location line="+750"/>
        <source>Attention Controls</source>
        <translation>Attention-Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worked Steps</source>
        <translation>Rechenweg</translation>
    </message>
    <message>
        <location line="-454"/>
        <source>weights = softmax(%1)   output = Σ wⱼ vⱼ</source>
        <translation>Gewichte = softmax(%1)   Ausgabe = Σ wⱼ vⱼ</translation>
    </message>
    <message>
        <location line="-335"/>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Explain Token, Embedding, Query, Key, Value, Softmax and Attention</source>
        <translation>Token, Embedding, Query, Key, Value, Softmax und Attention erklären</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>&amp;Attention</source>
        <translation>A&amp;ttention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Divide Scores by √d_k</source>
        <translation>&amp;Scores durch √d_k teilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Causal Mask</source>
        <translation>&amp;Kausale Maske</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Projected q, k, v</source>
        <translation>&amp;Projizierte q, k, v zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Raise Temperature</source>
        <translation>Temperatur er&amp;höhen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lower Temperature</source>
        <translation>Temperatur s&amp;enken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;Temperature to 1</source>
        <translation>&amp;Temperatur auf 1 zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset Projections to &amp;Identity</source>
        <translation>Projektionen auf &amp;Identität zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Word as Query</source>
        <translation>&amp;Nächstes Wort als Query</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious Word as Query</source>
        <translation>&amp;Vorheriges Wort als Query</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divide q·k by √d_k, as scaled dot-product attention does</source>
        <translation>q·k durch √d_k teilen, wie es Scaled Dot-Product Attention tut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let each word see only itself and the words before it</source>
        <translation>Jedes Wort sieht nur sich selbst und die Wörter davor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw W_Q·x, W_K·x and W_V·x on the canvas as dashed arrows</source>
        <translation>W_Q·x, W_K·x und W_V·x als gestrichelte Pfeile auf der Zeichenfläche zeichnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raise T to the next of 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10 and 20, which flattens the weights</source>
        <translation>T auf den nächsthöheren der Werte 0,05, 0,1, 0,2, 0,5, 1, 2, 5, 10 und 20 setzen, was die Gewichte glättet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower T to the next of 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10 and 20, which sharpens the weights</source>
        <translation>T auf den nächstniedrigeren der Werte 0,05, 0,1, 0,2, 0,5, 1, 2, 5, 10 und 20 setzen, was die Gewichte schärft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set W_Q, W_K and W_V to the identity</source>
        <translation>W_Q, W_K und W_V auf die Identität setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the word after the query the query, from the last back to the first</source>
        <translation>Das Wort nach der Query zur Query machen, nach dem letzten wieder das erste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the word before the query the query, from the first back to the last</source>
        <translation>Das Wort vor der Query zur Query machen, vor dem ersten wieder das letzte</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+22"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Scene from %1</source>
        <translation>Szene aus %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: (%2, %3)</source>
        <translation>%1: (%2; %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The scene “%1” has unsaved changes. Save them?</source>
        <translation>Die Szene „%1“ wurde geändert. Möchten Sie die Änderungen speichern?</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot Open Scene</source>
        <translation>Szene kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+9"/>
        <source>Cannot Save Scene</source>
        <translation>Szene kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cannot save the scene as %1: a scene is saved as JSON. Choose a name ending in .json, or use File › Export Figure for an image.</source>
        <translation>Die Szene kann nicht als %1 gespeichert werden: Eine Szene wird als JSON gespeichert. Wählen Sie einen Namen mit der Endung .json, oder nutzen Sie Datei › Abbildung exportieren für ein Bild.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save Scene</source>
        <translation>Szene speichern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Scene</source>
        <translation>Szene öffnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot Import Words</source>
        <translation>Wörter können nicht importiert werden</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Import %n word(s)</source>
        <translation>
            <numerusform>%n Wort importieren</numerusform>
            <numerusform>%n Wörter importieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import Words from CSV</source>
        <translation>Wörter aus CSV importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot Export Figure</source>
        <translation>Abbildung kann nicht exportiert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TikZ for LaTeX (*.tex)</source>
        <translation>TikZ für LaTeX (*.tex)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attention</source>
        <translation>attention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Figure</source>
        <translation>Abbildung exportieren</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot Export Numbers</source>
        <translation>Zahlen können nicht exportiert werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Numbers</source>
        <translation>Zahlen exportieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied the figure to the clipboard</source>
        <translation>Abbildung in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Attention Explorer</source>
        <translation>Über Attention Explorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Attention Explorer %1&lt;/h3&gt;&lt;p&gt;Drag word vectors and watch the attention weights softmax(q·k/√d) and the output Σ wⱼvⱼ change live.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Attention Explorer %1&lt;/h3&gt;&lt;p&gt;Wortvektoren ziehen und live verfolgen, wie sich die Attention-Gewichte softmax(q·k/√d) und die Ausgabe Σ wⱼvⱼ ändern.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Theme: %1</source>
        <translation>Farbschema: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Theme</source>
        <translation>&amp;Nächstes Farbschema</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+63"/>
        <source>Follow the &amp;System</source>
        <translation>&amp;Systemvorgabe</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;High Contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch to %1</source>
        <translation>&amp;Umschalten auf %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move the selected word by 0.1 (with Shift by 1)</source>
        <translation>Gewähltes Wort um 0,1 verschieben (mit Umschalt um 1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the next or previous word</source>
        <translation>Nächstes oder vorheriges Wort wählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected word the query</source>
        <translation>Gewähltes Wort zur Query machen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel a drag</source>
        <translation>Ziehen abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pan the canvas</source>
        <translation>Zeichenfläche verschieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space + drag, or middle button</source>
        <translation>Leertaste + Ziehen oder mittlere Maustaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom the canvas around the pointer</source>
        <translation>Zeichenfläche um den Mauszeiger zoomen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mouse wheel</source>
        <translation>Mausrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invert Snap to Grid while dragging</source>
        <translation>Einrasten am Raster beim Ziehen umkehren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift</source>
        <translation>Umschalt</translation>
    </message>
</context>
<context>
    <name>MoveWordCommand</name>
    <message>
        <location filename="../../app/scenecommands.cpp" line="+33"/>
        <source>Move “%1”</source>
        <translation>„%1“ verschieben</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Set coordinates of “%1”</source>
        <translation>Koordinaten von „%1“ festlegen</translation>
    </message>
</context>
<context>
    <name>NumbersExport</name>
    <message>
        <location filename="../../app/numbersexport.cpp" line="+63"/>
        <source>The scene has no words, so there is no query to export. Add a word first.</source>
        <translation>Die Szene enthält keine Wörter, daher gibt es keine Query zum Exportieren. Zuerst ein Wort hinzufügen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The query index %1 is invalid. It must be from 0 to %2.</source>
        <translation>Der Query-Index %1 ist ungültig. Er muss zwischen 0 und %2 liegen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Attention cannot be computed because %1. Fix the scene and export again.</source>
        <translation>Attention kann nicht berechnet werden (%1). Die Szene korrigieren und erneut exportieren.</translation>
    </message>
</context>
<context>
    <name>NumbersPanel</name>
    <message>
        <location filename="../../app/numberspanel.cpp" line="+29"/>
        <location line="+216"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>A number from −1,000,000 to 1,000,000, e.g. %1</source>
        <translation>Eine Zahl von −1.000.000 bis 1.000.000, z. B. %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A word needs a label; the old one is kept.</source>
        <translation>Ein Wort braucht eine Beschriftung; die bisherige bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a coordinate. Enter a number from −1,000,000 to 1,000,000, e.g. %2.</source>
        <translation>„%1“ ist keine Koordinate. Eine Zahl von −1.000.000 bis 1.000.000 eingeben, z. B. %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+105"/>
        <source>Double-click a label or coordinate to edit it</source>
        <translation>Zum Bearbeiten auf eine Beschriftung oder Koordinate doppelklicken</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+91"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+16"/>
        <source>Σ weights = %1   output = %2</source>
        <translation>Σ Gewichte = %1   Ausgabe = %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <comment>separator of vector components; use &quot;; &quot; where the decimal separator is a comma</comment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>SceneFile</name>
    <message>
        <location filename="../../app/scenefile.cpp" line="+26"/>
        <source>%1 must be a number.</source>
        <translation>%1 muss eine Zahl sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a finite number.</source>
        <translation>%1 ist keine endliche Zahl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2, beyond the limit of ±%3; scale the scene down.</source>
        <translation>%1 ist %2 und überschreitet die Grenze von ±%3; die Szene herunterskalieren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 must be a 2×2 matrix given row by row, like [[1, 0], [0, 1]].</source>
        <translation>%1 muss eine zeilenweise angegebene 2×2-Matrix sein, etwa [[1, 0], [0, 1]].</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“attention” must be an object.</source>
        <translation>„attention“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>attention.scaling must be &quot;sqrt_dk&quot; or &quot;none&quot;.</source>
        <translation>attention.scaling muss &quot;sqrt_dk&quot; oder &quot;none&quot; sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>attention.temperature is %1; it must be between %2 and %3.</source>
        <translation>attention.temperature ist %1; der Wert muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>attention.causal must be true or false.</source>
        <translation>attention.causal muss true oder false sein.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The file is empty; a scene needs at least {&quot;words&quot;: []}.</source>
        <translation>Die Datei ist leer; eine Szene braucht mindestens {&quot;words&quot;: []}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invalid JSON at line %1, column %2: %3.</source>
        <translation>Ungültiges JSON in Zeile %1, Spalte %2: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The top level must be a JSON object with a “words” array.</source>
        <translation>Die oberste Ebene muss ein JSON-Objekt mit einem Array „words“ sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsupported version %1; this version of Attention Explorer reads version %2.</source>
        <translation>Nicht unterstützte Version %1; diese Version von Attention Explorer liest Version %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not a number)</source>
        <translation>(keine Zahl)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“title” must be a string.</source>
        <translation>„title“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The required field “words” is missing.</source>
        <translation>Das Pflichtfeld „words“ fehlt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“words” must be an array of {&quot;label&quot;: …, &quot;vector&quot;: [x, y]} objects.</source>
        <translation>„words“ muss ein Array von Objekten der Form {&quot;label&quot;: …, &quot;vector&quot;: [x, y]} sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“words” has %1 entries, more than the limit of %2; split the sentence into several scenes.</source>
        <translation>„words“ hat %1 Einträge, mehr als die Grenze von %2; den Satz auf mehrere Szenen aufteilen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be an object with “label” and “vector”.</source>
        <translation>%1 muss ein Objekt mit „label“ und „vector“ sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1.label is missing or not a string.</source>
        <translation>%1.label fehlt oder ist keine Zeichenkette.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.label has %2 characters, more than the limit of %3; shorten it.</source>
        <translation>%1.label hat %2 Zeichen, mehr als die Grenze von %3; die Beschriftung kürzen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1.vector must be an array of two numbers [x, y].</source>
        <translation>%1.vector muss ein Array aus zwei Zahlen [x, y] sein.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“query” is set but there are no words; remove it or add words.</source>
        <translation>„query“ ist gesetzt, aber es gibt keine Wörter; „query“ entfernen oder Wörter hinzufügen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“query” must be a word index from 0 to %1.</source>
        <translation>„query“ muss ein Wortindex von 0 bis %1 sein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2 bytes, larger than the limit of %3 bytes for a scene file.</source>
        <translation>%1 ist %2 Bytes groß, mehr als die Grenze von %3 Bytes für eine Szenendatei.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <source>Cannot load %1: %2</source>
        <translation>%1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>it is a CSV file, not a scene; import its words with File › Import Words from CSV.</source>
        <translation>es ist eine CSV-Datei, keine Szene; ihre Wörter übernimmt Datei › Wörter aus CSV importieren.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This image contains no Attention Explorer scene; open the scene&apos;s .json file or a figure exported by Attention Explorer.</source>
        <translation>Dieses Bild enthält keine Szene von Attention Explorer; die .json-Datei der Szene oder eine von Attention Explorer exportierte Abbildung öffnen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Invalid SVG at line %1: %2.</source>
        <translation>Ungültiges SVG in Zeile %1: %2.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save %1: %2. The previous file is unchanged.</source>
        <translation>%1 kann nicht gespeichert werden: %2. Die bisherige Datei bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>SceneModel</name>
    <message>
        <location filename="../../app/scenemodel.cpp" line="+165"/>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename “%1” to “%2”</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Move “%1” earlier</source>
        <translation>„%1“ nach vorn verschieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move “%1” later</source>
        <translation>„%1“ nach hinten verschieben</translation>
    </message>
</context>
<context>
    <name>SetQueryCommand</name>
    <message>
        <location filename="../../app/scenecommands.cpp" line="+99"/>
        <source>Make “%1” the query</source>
        <translation>„%1“ zur Query machen</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <location filename="../../app/stepspanel.cpp" line="+45"/>
        <source>Worked softmax steps</source>
        <translation>Softmax-Rechenweg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Softmax steps for each key</source>
        <translation>Softmax-Schritte für jeden Key</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No query, or the scene&apos;s numbers are out of range.</source>
        <translation>Keine Query, oder die Zahlen der Szene liegen außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Σ = %1</source>
        <translation>Σ = %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Σ = %1: the shown weights are rounded to %2 decimals, the exact ones sum to %3.</source>
        <translation>Σ = %1: Die angezeigten Gewichte sind auf %2 Nachkommastellen gerundet, die exakten ergeben in Summe %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Σ wⱼvⱼ = (%1)</source>
        <translation>Σ wⱼvⱼ = (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <comment>separator of vector components; use &quot;; &quot; where the decimal separator is a comma</comment>
        <translation>; </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Entropy: %1 nats (uniform would be %2)</source>
        <translation>Entropie: %1 nats (gleichverteilt wären es %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Largest weight: %1 (%2)</source>
        <translation>Größtes Gewicht: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tie between %1 (%2 each)</source>
        <translation>Gleichstand zwischen %1 (je %2)</translation>
    </message>
</context>
<context>
    <name>StepsTableModel</name>
    <message>
        <location filename="../../app/stepstablemodel.cpp" line="+66"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>masked</source>
        <translation>maskiert</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Word</source>
        <translation>Wort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>q·k</source>
        <translation>q·k</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>exp(·
− max)</source>
        <translation>exp(·
− max)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>÷Σ = weight</source>
        <translation>÷Σ
= Gewicht</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>÷√%1</source>
        <translation>÷√%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>÷1</source>
        <translation>÷1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>÷T
(T = %1)</source>
        <translation>÷T
(T = %1)</translation>
    </message>
</context>
<context>
    <name>WeightsTableModel</name>
    <message>
        <location filename="../../app/weightstablemodel.cpp" line="+18"/>
        <location line="+44"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>masked</source>
        <translation>maskiert</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>“%1” is the query</source>
        <translation>„%1“ ist die Query</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The causal mask hides “%1” because it comes after the query</source>
        <translation>Die kausale Maske verbirgt „%1“, weil es nach der Query steht</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Word</source>
        <translation>Wort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>q·k</source>
        <translation>q·k</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The word as it appears in the sentence; the query is shown in bold</source>
        <translation>Das Wort, wie es im Satz steht; die Query ist fett dargestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First coordinate of the word vector</source>
        <translation>Erste Koordinate des Wortvektors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second coordinate of the word vector</source>
        <translation>Zweite Koordinate des Wortvektors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dot product of the query vector q with this word&apos;s key vector k</source>
        <translation>Skalarprodukt des Query-Vektors q mit dem Key-Vektor k dieses Wortes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dot product divided by the square root of the key dimension and by the temperature: the input of the softmax</source>
        <translation>Das Skalarprodukt geteilt durch die Wurzel der Key-Dimension und durch die Temperatur: die Eingabe der Softmax</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Softmax of the scores: how much this word contributes to the output; the weights sum to 1</source>
        <translation>Softmax der Scores: wie stark dieses Wort zur Ausgabe beiträgt; die Gewichte summieren sich zu 1</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>√%1</source>
        <translation>√%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>q·k/(%1·%2)</source>
        <translation>q·k/(%1·%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>q·k/%1</source>
        <translation>q·k/%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>score = q·k</source>
        <translation>Score = q·k</translation>
    </message>
</context>
</TS>
