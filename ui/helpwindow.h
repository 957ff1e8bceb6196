// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

#include <QTextBrowser>

namespace wgll {

/// The help window's page view: pictures wider than the page are shown scaled to fit it (a
/// 1920-pixel screenshot made the whole guide scroll sideways in a 760-pixel window).
class HelpBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit HelpBrowser(QWidget *parent);
    QVariant loadResource(int type, const QUrl &name) override;

private:
    /// Lets code blocks wrap: a long command line in a page made the whole page scroll sideways.
    void wrapCodeBlocks();
};

struct Framework;

/// Help → User Guide, Keyboard Shortcuts and What the Levels Mean: one window beside the main
/// one (so a page stays open while scoring), showing offline what is bundled in the program.
class HelpWindow : public QWidget
{
    Q_OBJECT
public:
    enum class Page { UserGuide, Shortcuts, Levels };

    explicit HelpWindow(QWidget *parent);

    /// docs/user-guide.md as bundled in the program (with its images and the pages it links to).
    void showUserGuide();
    /// A page made by the window: the shortcut sheet or the levels.
    void showPage(Page page, const QString &title, const QString &html);
    Page page() const { return m_page; }
    HelpBrowser *browser() const { return m_browser; }

private:
    void present(const QString &title);

    HelpBrowser *m_browser = nullptr;
    Page m_page = Page::UserGuide;
};

/// The resource path of the bundled user guide.
QString userGuideResource();

/// "What the levels mean": the framework's scale, each level with its label and descriptor, then
/// how the scores are combined (the report's method paragraphs). Every text escaped: a
/// framework may come from a user's file.
QString levelsHtml(const Framework &framework);

} // namespace wgll
