// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

class QTextBrowser;

namespace wgll {

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
    QTextBrowser *browser() const { return m_browser; }

private:
    void present(const QString &title);

    QTextBrowser *m_browser = nullptr;
    Page m_page = Page::UserGuide;
};

/// The resource path of the bundled user guide.
QString userGuideResource();

/// "What the levels mean": the framework's scale, each level with its label and descriptor, then
/// how the scores are combined (the report's method paragraphs). Every text escaped: a
/// framework may come from a user's file.
QString levelsHtml(const Framework &framework);

} // namespace wgll
