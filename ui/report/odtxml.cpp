// SPDX-License-Identifier: GPL-3.0-or-later
// The ODT writer's XML helpers and its two small parts, meta.xml and the manifest.
#include "odtxml.h"

#include "util/safetext.h"

#include <QRegularExpression>

namespace wgll::report::odf {

namespace {

QString uriOf(const QString &prefix)
{
    static const QList<std::pair<QString, QString>> all{
        {QStringLiteral("office"), QString::fromUtf16(ns::Office)},
        {QStringLiteral("style"), QString::fromUtf16(ns::Style)},
        {QStringLiteral("text"), QString::fromUtf16(ns::Text)},
        {QStringLiteral("table"), QString::fromUtf16(ns::Table)},
        {QStringLiteral("draw"), QString::fromUtf16(ns::Draw)},
        {QStringLiteral("fo"), QString::fromUtf16(ns::Fo)},
        {QStringLiteral("xlink"), QString::fromUtf16(ns::Xlink)},
        {QStringLiteral("dc"), QString::fromUtf16(ns::Dc)},
        {QStringLiteral("meta"), QString::fromUtf16(ns::Meta)},
        {QStringLiteral("svg"), QString::fromUtf16(ns::Svg)},
        {QStringLiteral("manifest"), QString::fromUtf16(ns::Manifest)},
    };
    for (const auto &[p, uri] : all)
        if (p == prefix)
            return uri;
    return {};
}

/// "fo:font-size" as its namespace and local name.
std::pair<QString, QString> split(const char *qualified)
{
    const QString q = QString::fromLatin1(qualified);
    const qsizetype colon = q.indexOf(u':');
    return {uriOf(q.left(colon)), q.mid(colon + 1)};
}

} // namespace

void Writer::set(const char *qualified, const QString &value)
{
    const auto [uri, name] = split(qualified);
    writeAttribute(uri, name, value);
}

void Writer::open(const char *qualified)
{
    const auto [uri, name] = split(qualified);
    writeStartElement(uri, name);
}

void Writer::empty(const char *qualified)
{
    const auto [uri, name] = split(qualified);
    writeEmptyElement(uri, name);
}

QString mm(double millimetres)
{
    return QString::number(millimetres, 'f', 2) + u"mm";
}

QString pt(double points)
{
    return QString::number(points, 'f', 2) + u"pt";
}

Writer::Writer(QByteArray *out) : QXmlStreamWriter(out)
{
    setAutoFormatting(false); // whitespace between paragraphs' elements would be text in ODF
}

void Writer::root(const QString &namespaceUri, const QString &name, const QStringList &prefixes)
{
    writeStartDocument();
    for (const QString &prefix : prefixes)
        writeNamespace(uriOf(prefix), prefix);
    writeStartElement(namespaceUri, name);
}

void Writer::finish()
{
    writeEndElement();
    writeEndDocument();
}

void Writer::text(const QString &raw)
{
    // Control characters are not allowed in XML: escapeUnsafe writes them (and bidirectional
    // overrides) as visible escapes first.
    const QString s = wgll::text::escapeUnsafe(raw, wgll::text::Keep::LineBreaks);
    const QString textNs = QString::fromUtf16(ns::Text);
    QString run;
    bool lineStart = true; // ODF drops a space at the start of a line
    const auto flush = [&] {
        if (!run.isEmpty())
            writeCharacters(run);
        run.clear();
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u'\n' || c == u'\t') {
            flush();
            writeEmptyElement(textNs, c == u'\n' ? QStringLiteral("line-break") : QStringLiteral("tab"));
            lineStart = c == u'\n';
            continue;
        }
        if (c != u' ') {
            run += c;
            lineStart = false;
            continue;
        }
        qsizetype spaces = 1;
        while (i + spaces < s.size() && s.at(i + spaces) == u' ')
            ++spaces;
        i += spaces - 1;
        if (!lineStart) {
            run += u' ';
            --spaces;
        }
        if (spaces > 0) {
            flush();
            writeEmptyElement(textNs, QStringLiteral("s"));
            if (spaces > 1)
                writeAttribute(textNs, QStringLiteral("c"), QString::number(spaces));
        }
        lineStart = false;
    }
    flush();
}

void Writer::linkedText(const QString &s)
{
    static const QRegularExpression url(QStringLiteral("https?://[^\\s<>\"]+"));
    qsizetype done = 0;
    for (auto m = url.globalMatch(s); m.hasNext();) {
        const QRegularExpressionMatch found = m.next();
        text(s.mid(done, found.capturedStart() - done));
        writeStartElement(QString::fromUtf16(ns::Text), QStringLiteral("a"));
        attr(QString::fromUtf16(ns::Xlink), QStringLiteral("type"), QStringLiteral("simple"));
        attr(QString::fromUtf16(ns::Xlink), QStringLiteral("href"),
             wgll::text::escapeUnsafe(found.captured()));
        text(found.captured());
        writeEndElement();
        done = found.capturedEnd();
    }
    text(s.mid(done));
}

QByteArray metaXml(const BoardReport &report)
{
    QByteArray out;
    Writer w(&out);
    const QString office = QString::fromUtf16(ns::Office), meta = QString::fromUtf16(ns::Meta),
                  dc = QString::fromUtf16(ns::Dc);
    w.root(office, QStringLiteral("document-meta"), {QStringLiteral("office"), QStringLiteral("meta"),
                                                      QStringLiteral("dc")});
    w.attr(office, QStringLiteral("version"), QStringLiteral("1.3"));
    w.writeStartElement(office, QStringLiteral("meta"));
    const auto element = [&w](const QString &uri, const QString &name, const QString &value) {
        w.writeTextElement(uri, name, wgll::text::escapeUnsafe(value));
    };
    element(meta, QStringLiteral("generator"), QStringLiteral("WGLL Workbench/" WGLL_VERSION));
    element(dc, QStringLiteral("title"), report.title);
    element(dc, QStringLiteral("subject"), headerLine(report.organisation, report.period, QString()));
    element(dc, QStringLiteral("description"), report.framework);
    element(dc, QStringLiteral("language"), QStringLiteral("en-GB"));
    // The report's own date, not the clock's: the same report gives the same package.
    const QString date = report.generated.isValid() ? report.generated.toString(Qt::ISODate) + u"T00:00:00"
                                                    : QStringLiteral("1970-01-01T00:00:00");
    element(meta, QStringLiteral("creation-date"), date);
    element(dc, QStringLiteral("date"), date);
    for (const auto &[name, value] : {std::pair{QStringLiteral("wgll-revision"), QString::number(report.revision)},
                                      std::pair{QStringLiteral("wgll-content"), report.contentHash},
                                      std::pair{QStringLiteral("wgll-status"), report.status}}) {
        w.writeStartElement(meta, QStringLiteral("user-defined"));
        w.attr(meta, QStringLiteral("name"), name);
        w.writeCharacters(wgll::text::escapeUnsafe(value));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.finish();
    return out;
}

QByteArray manifestXml(const QList<Picture> &pictures)
{
    QByteArray out;
    Writer w(&out);
    const QString m = QString::fromUtf16(ns::Manifest);
    w.root(m, QStringLiteral("manifest"), {QStringLiteral("manifest")});
    w.attr(m, QStringLiteral("version"), QStringLiteral("1.3"));
    const auto entry = [&](const QString &path, const QString &type) {
        w.writeEmptyElement(m, QStringLiteral("file-entry"));
        w.attr(m, QStringLiteral("full-path"), path);
        if (path == u"/")
            w.attr(m, QStringLiteral("version"), QStringLiteral("1.3"));
        w.attr(m, QStringLiteral("media-type"), type);
    };
    entry(QStringLiteral("/"), QStringLiteral("application/vnd.oasis.opendocument.text"));
    for (const char *part : {"content.xml", "styles.xml", "meta.xml"})
        entry(QString::fromLatin1(part), QStringLiteral("text/xml"));
    for (const Picture &p : pictures)
        entry(p.name, QStringLiteral("image/png"));
    w.finish();
    return out;
}

} // namespace wgll::report::odf
