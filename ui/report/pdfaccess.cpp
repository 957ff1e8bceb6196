// SPDX-License-Identifier: GPL-3.0-or-later
// The post-processing of the tagged PDF with libqpdf (see pdfaccess.h), in memory: the bytes
// go on to core/storage's atomic writer only when this step succeeded.
// qpdf 11: no PointerHolder compatibility, std::shared_ptr throughout.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include "pdfaccess.h"

#include <QRegularExpression>

#include <exception>
#include <set>
#include <vector>
#include <string>

namespace wgll::report {

namespace {

std::string utf8(const QString &s)
{
    return s.toStdString();
}

QString xmlEscaped(const QString &s)
{
    return s.toHtmlEscaped();
}

/// The XMP packet: the title and language as Dublin Core, the creator tool, and the PDF/UA
/// identification (part 1) that checkers look for.
std::string xmp(const PdfAccessibility &info)
{
    const QString packet =
        QStringLiteral("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                       "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                       "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                       "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                       " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
                       " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                       "<dc:format>application/pdf</dc:format>\n"
                       "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
                       "<dc:language><rdf:Bag><rdf:li>%2</rdf:li></rdf:Bag></dc:language>\n"
                       "<xmp:CreatorTool>%3</xmp:CreatorTool>\n"
                       "<pdfuaid:part>1</pdfuaid:part>\n"
                       "</rdf:Description>\n"
                       "</rdf:RDF>\n"
                       "</x:xmpmeta>\n"
                       "<?xpacket end=\"w\"?>")
            .arg(xmlEscaped(info.title), xmlEscaped(info.language), xmlEscaped(info.creator));
    return utf8(packet);
}

bool isType(QPDFObjectHandle element, const char *type)
{
    if (!element.isDictionary())
        return false;
    QPDFObjectHandle s = element.getKey("/S");
    return s.isName() && s.getName() == type;
}

/// The kids of a structure element, as a list (its /K is an array, one element or absent).
std::vector<QPDFObjectHandle> kidsOf(QPDFObjectHandle e)
{
    QPDFObjectHandle kids = e.getKey("/K");
    if (kids.isArray())
        return kids.getArrayAsVector();
    if (kids.isDictionary())
        return {kids};
    return {};
}

/// Says what each header cell of `table` heads (PDF/UA; Cairo 1.16 writes no attributes):
/// the cells of its first row their columns, a header cell in a later row (the cover sheet's
/// labels) its row.
void scopeHeaders(const QPDFObjectHandle &table)
{
    bool first = true;
    for (const QPDFObjectHandle &row : kidsOf(table)) {
        if (!isType(row, "/TR"))
            continue;
        for (QPDFObjectHandle cell : kidsOf(row))
            if (isType(cell, "/TH"))
                cell.replaceKey("/A", QPDFObjectHandle::parse(first ? "<< /O /Table /Scope /Column >>"
                                                                    : "<< /O /Table /Scope /Row >>"));
        first = false;
    }
}

/// Walks the structure tree in document order: sets /Alt on each Figure from `alt`, scopes
/// each table's header cells, and drops each /Private element from its parent's kids (its
/// content becomes an artifact).
class TreeWalk
{
public:
    explicit TreeWalk(const QStringList &alt) : m_alt(alt) {}

    void element(QPDFObjectHandle e)
    {
        if (isType(e, "/Figure") && m_figure < m_alt.size())
            e.replaceKey("/Alt", QPDFObjectHandle::newUnicodeString(utf8(m_alt.at(m_figure++))));
        QPDFObjectHandle kids = e.getKey("/K");
        if (kids.isArray()) {
            QPDFObjectHandle kept = QPDFObjectHandle::newArray();
            for (int i = 0; i < kids.getArrayNItems(); ++i) {
                QPDFObjectHandle kid = kids.getArrayItem(i);
                if (isType(kid, "/Private")) {
                    drop(kid);
                    continue;
                }
                element(kid);
                kept.appendItem(kid);
            }
            e.replaceKey("/K", kept);
            if (isType(e, "/Table"))
                scopeHeaders(e);
        } else if (isType(kids, "/Private")) {
            drop(kids);
            e.replaceKey("/K", QPDFObjectHandle::newArray());
        } else if (kids.isDictionary()) {
            element(kids);
        }
    }

    /// The parent tree (a number tree from marked content to its element) without the
    /// dropped elements, which would otherwise still be written.
    void parentTree(QPDFObjectHandle node)
    {
        if (!node.isDictionary())
            return;
        QPDFObjectHandle kids = node.getKey("/Kids");
        if (kids.isArray())
            for (int i = 0; i < kids.getArrayNItems(); ++i)
                parentTree(kids.getArrayItem(i));
        QPDFObjectHandle nums = node.getKey("/Nums");
        if (!nums.isArray())
            return;
        for (int i = 1; i < nums.getArrayNItems(); i += 2) {
            QPDFObjectHandle value = nums.getArrayItem(i);
            if (value.isArray()) {
                for (int k = 0; k < value.getArrayNItems(); ++k)
                    if (dropped(value.getArrayItem(k)))
                        value.setArrayItem(k, QPDFObjectHandle::newNull());
            } else if (dropped(value)) {
                nums.setArrayItem(i, QPDFObjectHandle::newNull());
            }
        }
    }

private:
    /// `e` and the elements within it (furniture drawn inside furniture).
    void drop(QPDFObjectHandle e)
    {
        if (!e.isDictionary() || !m_dropped.insert(e.getObjGen()).second)
            return;
        QPDFObjectHandle kids = e.getKey("/K");
        if (kids.isArray())
            for (int i = 0; i < kids.getArrayNItems(); ++i)
                drop(kids.getArrayItem(i));
        else
            drop(kids);
    }
    bool dropped(const QPDFObjectHandle &o) const { return o.isIndirect() && m_dropped.count(o.getObjGen()) > 0; }

    const QStringList &m_alt;
    qsizetype m_figure = 0;
    std::set<QPDFObjGen> m_dropped;
};

/// Cairo marks a /Private element's content "/Private << /MCID n >> BDC"; as an artifact it
/// is "/Artifact BMC", which assistive technology skips.
void markArtifacts(QPDF &pdf)
{
    static const QRegularExpression privateTag(QStringLiteral("/Private\\s*<<\\s*/MCID\\s+\\d+\\s*>>\\s*BDC"));
    for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        page.getObjectHandle().replaceKey("/Tabs", QPDFObjectHandle::newName("/S"));
        for (QPDFObjectHandle stream : page.getPageContents()) {
            std::shared_ptr<Buffer> data = stream.getStreamData(qpdf_dl_generalized);
            QString content = QString::fromLatin1(reinterpret_cast<const char *>(data->getBuffer()),
                                                  static_cast<qsizetype>(data->getSize()));
            if (!content.contains(u"/Private"))
                continue;
            content.replace(privateTag, QStringLiteral("/Artifact BMC"));
            stream.replaceStreamData(content.toLatin1().toStdString(), QPDFObjectHandle::newNull(),
                                     QPDFObjectHandle::newNull());
        }
    }
}

} // namespace

std::optional<QByteArray> completeTaggedPdf(const QByteArray &bytes, const PdfAccessibility &info, Error &error)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("report.pdf", bytes.constData(), static_cast<size_t>(bytes.size()));
        QPDFObjectHandle root = pdf.getRoot();
        root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(utf8(info.language)));
        root.replaceKey("/MarkInfo", QPDFObjectHandle::parse("<< /Marked true >>"));
        root.replaceKey("/ViewerPreferences", QPDFObjectHandle::parse("<< /DisplayDocTitle true >>"));
        QPDFObjectHandle metadata = QPDFObjectHandle::newStream(&pdf, xmp(info));
        metadata.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
        metadata.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
        root.replaceKey("/Metadata", metadata);

        QPDFObjectHandle tree = root.getKey("/StructTreeRoot");
        if (tree.isDictionary()) {
            TreeWalk walk(info.figureAlt);
            walk.element(tree);
            walk.parentTree(tree.getKey("/ParentTree"));
        }
        markArtifacts(pdf);

        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        // Cairo's streams are kept as it compressed them; the structure tree's thousands of
        // small element dictionaries go into compressed object streams (PDF 1.5), which makes
        // the demo's file about a third of the size it had in qpdf's QDF layout, and is quicker
        // to write. The XMP metadata stream stays uncompressed (qpdf never compresses it), so
        // tools that scan for it still find it.
        writer.setDecodeLevel(qpdf_dl_none);
        writer.setCompressStreams(true);
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.write();
        const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(out->getBuffer()), static_cast<qsizetype>(out->getSize()));
    } catch (const std::exception &e) {
        error = {ErrorKind::Io, {}, 0, QStringLiteral("the PDF could not be completed: ") + QString::fromUtf8(e.what())};
        return std::nullopt;
    }
}

} // namespace wgll::report
