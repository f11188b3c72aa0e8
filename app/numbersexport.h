// The numbers of a scene as text, JSON, CSV and TikZ, for the command line and File › Export.
#pragma once

#include "scenemodel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Pure functions of a scene: each computes attention with the scene's settings
// and formats it. Machine-readable parts (the table layout, JSON keys, the CSV
// header and the TikZ code) are fixed ASCII and never translated. Numbers
// always use a decimal dot, whatever the UI locale.
//
// `query` is the index of the query word. When it is not a word of the scene,
// or when the attention core rejects the scene, every function returns an
// empty string and sets `*error` (if given) to one translated sentence.
class NumbersExport
{
    Q_DECLARE_TR_FUNCTIONS(NumbersExport)

public:
    // Formats the query's row as the workshop notebook prints it, e.g.
    //   Query = 'jumped'
    //         word    score   weight
    //          cat    0.636    0.241
    //   ...
    //   Attended output vector: [0.701 0.321]
    // Scores and weights have 3 decimals; a key hidden by the causal mask has
    // `masked` as its score. Columns widen to the longest entry.
    static QString printTable(const Scene &scene, int query, QString *error = nullptr);

    // Returns one compact JSON object and a newline:
    //   {"query": label, "query_index": i, "labels": [...], "scores": [...],
    //    "weights": [...], "output": [x, y], "matrix": [[...], ...]}
    // `scores` and `weights` are the query's row (a score is null where the
    // key is masked), `output` is Σ_j w_j·v_j and `matrix` contains all N×N
    // weights with one row per query. Numbers round-trip exactly. The object
    // grows as N², so 10,000 words give about 2 GB.
    static QByteArray printJson(const Scene &scene, int query, QString *error = nullptr);

    // Returns UTF-8 CSV with `\n` line ends: the header `label,x,y,dot,score,weight`
    // and one line per word in sentence order. Numbers are the shortest text
    // that parses back to the same double; a masked key has an empty score.
    static QByteArray numbersCsv(const Scene &scene, int query, QString *error = nullptr);

    // Returns the printJson() object plus "vectors" (the word vectors) and
    // "dot_products" (q·k_j for the query's row), indented for people.
    static QByteArray numbersJson(const Scene &scene, int query, QString *error = nullptr);

    // Returns a tikzpicture, without preamble, that needs \usepackage{tikz}
    // and \usetikzlibrary{arrows.meta}. The left part draws the word vectors
    // as arrows, scaled to fit a 6 cm square: the query is thicker, the other
    // arrows get thicker and more opaque with their weight, and the output is
    // dashed. The right part is a bar chart of the weights. Labels are escaped
    // for LaTeX and keep their UTF-8 characters. `parts` leaves out the
    // arrows or the bar chart.
    // NOTE: pdflatex stops at characters its fonts lack, such as CJK, so
    // scenes with such labels need LuaLaTeX or XeLaTeX with a suitable font.
    enum class TikzParts { ArrowsAndChart, Arrows, Chart };
    static QString tikz(const Scene &scene, int query, QString *error = nullptr,
                        TikzParts parts = TikzParts::ArrowsAndChart);

    // Returns `text` with the characters that LaTeX treats as commands
    // (\ # $ % & _ { } ~ ^) escaped and line breaks turned into spaces.
    static QString escapeLatex(const QString &text);
};
