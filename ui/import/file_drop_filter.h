#pragma once
// Lets a widget take files and folders dropped on it from a file manager:
// installed as an event filter (on an item view's viewport, say), it accepts
// drags that carry local file URLs while isEnabled() says so, and hands the
// dropped paths on. Other drags go to the widget as before.

#include <QObject>
#include <functional>

class QMimeData;

namespace gw {

class FileDropFilter : public QObject
{
    Q_OBJECT

public:
    explicit FileDropFilter(QObject *parent = nullptr);

    // Whether drops are welcome now (e.g. a project is open and no import runs).
    void setAcceptance(std::function<bool()> accepts) { m_accepts = std::move(accepts); }

    // The local files and folders that DATA carries.
    [[nodiscard]] static QStringList localPaths(const QMimeData *data);

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void pathsDropped(const QStringList &paths);

private:
    std::function<bool()> m_accepts;
};

} // namespace gw
