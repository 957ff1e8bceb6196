// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpwindow.h"

#include "framework/framework.h"
#include "report/boardreport.h"

#include <QImage>
#include <QTextBlock>
#include <QTextCursor>
#include <QScrollBar>
#include <QVBoxLayout>

static void initHelpResources()
{
    Q_INIT_RESOURCE(help); // ui is a static library; its resources must be registered
}

namespace wgll {

HelpBrowser::HelpBrowser(QWidget *parent) : QTextBrowser(parent)
{
    connect(this, &QTextBrowser::sourceChanged, this, &HelpBrowser::wrapCodeBlocks);
}

void HelpBrowser::wrapCodeBlocks()
{
    QTextCursor cursor(document());
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().nonBreakableLines())
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setNonBreakableLines(false);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
}

QVariant HelpBrowser::loadResource(int type, const QUrl &name)
{
    QVariant resource = QTextBrowser::loadResource(type, name);
    if (type != QTextDocument::ImageResource)
        return resource;
    QImage image = resource.typeId() == QMetaType::QImage ? resource.value<QImage>()
                                                          : QImage::fromData(resource.toByteArray());
    // The room beside the document's margins and a vertical scroll bar.
    const int room = viewport()->width() - 2 * static_cast<int>(document()->documentMargin()) -
                     verticalScrollBar()->sizeHint().width();
    if (image.isNull() || room <= 0 || image.width() <= room)
        return resource;
    return image.scaledToWidth(room, Qt::SmoothTransformation);
}

QString userGuideResource()
{
    return QStringLiteral("qrc:/help/user-guide.md");
}

HelpWindow::HelpWindow(QWidget *parent) : QWidget(parent, Qt::Window)
{
    initHelpResources();
    setObjectName(QStringLiteral("helpWindow"));
    m_browser = new HelpBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setAccessibleName(tr("Help"));
    // Links to the web go to the browser; links between the bundled pages stay here.
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setDocumentMargin(16); // text off the window's edge, as in a reader
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    resize(760, 640);
}

void HelpWindow::showUserGuide()
{
    m_page = Page::UserGuide;
    m_browser->setSource(QUrl(userGuideResource()), QTextDocument::MarkdownResource);
    present(tr("User Guide"));
}

void HelpWindow::showPage(Page page, const QString &title, const QString &html)
{
    m_page = page;
    m_browser->setHtml(html);
    present(title);
}

void HelpWindow::present(const QString &title)
{
    // Qt adds " — WGLL Workbench" (the application's display name) itself.
    setWindowTitle(title + u" — " + tr("Help"));
    show();
    raise();
    activateWindow();
}

QString levelsHtml(const Framework &framework)
{
    QString html = u"<h1>" + QObject::tr("What the levels mean").toHtmlEscaped() + u"</h1><p>" +
                   QObject::tr("Each statement of %1 is scored at one whole level of its scale, or marked not "
                               "applicable with a reason.")
                       .arg(framework.title)
                       .toHtmlEscaped() +
                   u"</p><table cellpadding=\"6\">";
    for (const ScaleLevel &level : framework.scale.levels) {
        html += u"<tr><td valign=\"top\"><b>" + QString::number(level.value) + u' ' + level.label.toHtmlEscaped() +
                u"</b></td><td>" + level.description.toHtmlEscaped() + u"</td></tr>";
    }
    html += u"</table><h2>" + QObject::tr("How the scores are combined").toHtmlEscaped() + u"</h2>";
    for (const QString &paragraph : report::methodParagraphs())
        html += u"<p>" + paragraph.toHtmlEscaped() + u"</p>";
    return html;
}

} // namespace wgll
