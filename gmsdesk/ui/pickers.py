"""Choosing a country or languages by name, storing their codes.

Records keep ISO codes ("JP", "ja", "km-ja"); people pick names in the UI language from the
whole list (`gmsdesk.countries`, from the Unicode locale data), searching it as they type: a
part of the name in any case and without its accents ("nhat" finds "Nhật Bản"), the English
name or the code itself. A code the list does not hold (typed before there was a list, or
from a newer release) shows as stored and is kept unless changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gmsdesk import countries
from gmsdesk.text import fold
from gmsdesk.ui.labels import current_language, language_name

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 7  # what the completer matches: names and the code
PAIR_ARROW = " → "  # U+2192: the bundled symbols font draws it in every UI language
# The languages SMEs of the region ask agencies for: first in a list, the rest by name.
REGION_LANGUAGES = ("km", "lo", "my", "th", "vi", "zh", "en", "ja", "ko", "ms", "id", "fr",
                    "de", "ru", "es", "hi", "ar")


def _sorted_by_name(names: dict[str, str]) -> list[tuple[str, str]]:
    """(code, name) sorted as the UI language sorts words."""
    collator = QCollator(QLocale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return sorted(names.items(), key=lambda item: collator.sortKey(item[1]))


def country_choices() -> list[tuple[str, str]]:
    """Every country, (code, name in the UI language), by name."""
    return _sorted_by_name(countries.names(current_language()))


def language_choices() -> list[tuple[str, str]]:
    """Every language, (code, name in the UI language): the region's first, then by name."""
    lang = current_language()
    everything = countries.language_names(lang)
    first = [(code, everything.get(code) or countries.language_name(code, lang))
             for code in REGION_LANGUAGES]
    rest = {code: name for code, name in everything.items() if code not in REGION_LANGUAGES}
    return first + _sorted_by_name(rest)


def _search_text(code: str, name: str, english: str) -> str:
    return fold(f"{name} {english} {code}")


class _FoldingCompleter(QCompleter):
    """Matches any part of an item's names and code, case and accents aside; puts the item's
    name (not what was matched) into the box."""

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class NameCombo(QComboBox):
    """An editable combo box of (code, name) items that gives back the code: choose from the
    list or type part of a name and pick from what matches. `code()` is the chosen item's
    code; an exact name, English name or code typed counts as that item; any other text is
    given back as typed, for the record's check to say what is wrong with it."""

    def __init__(self, choices: Sequence[tuple[str, str]], english: dict[str, str],
                 parent: QWidget | None = None, *, placeholder: str = "",
                 empty: bool = True) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self._english = english
        if empty:
            self.addItem("", None)
        for code, name in choices:
            self._add(code, name)
        completer = _FoldingCompleter(self.model(), self)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(placeholder)
        if empty:
            self.setCurrentIndex(0)

    def _add(self, code: str, name: str) -> None:
        self.addItem(name, code)
        self.setItemData(self.count() - 1,
                         _search_text(code, name, self._english.get(code, "")), SEARCH_ROLE)

    def code(self) -> str | None:
        text = self.currentText().strip()
        if not text:
            return None
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == text and self.itemData(index):
            return str(self.itemData(index))
        wanted = fold(text)
        for row in range(self.count()):
            code = self.itemData(row)
            if code and wanted in (fold(self.itemText(row)), fold(self._english.get(code, "")),
                                   fold(str(code))):
                return str(code)
        return text

    def set_code(self, code: str | None) -> None:
        """Show `code`'s item; one the list does not hold is added as it is, not lost."""
        with QSignalBlocker(self):
            if not code:
                self.setCurrentIndex(0 if self.itemData(0) is None else -1)
                self.setEditText("")
                return
            index = self.findData(code)
            if index < 0:
                self._add(code, code)
                index = self.count() - 1
            self.setCurrentIndex(index)
        self.currentIndexChanged.emit(index)


class CountryCombo(NameCombo):
    """Any country of the world by its name in the UI language; `code()` is its ISO code."""

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(country_choices(), countries.names("en"), parent,
                         placeholder=placeholder)


class LanguageCombo(NameCombo):
    """Any language by its name in the UI language; `code()` is its ISO 639 code."""

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(language_choices(), countries.language_names("en"), parent,
                         placeholder=placeholder)


def pair_text(pair: str) -> str:
    """"km-ja" as "Khmer → Japanese" in the UI language; anything else as it is."""
    source, dash, target = pair.partition("-")
    if not dash:
        return pair
    return language_name(source) + PAIR_ARROW + language_name(target)


def _names_text(names: Iterable[str]) -> str:
    return QCoreApplication.translate("Network", ", ").join(n for n in names if n)


class _ChooserField(QWidget):
    """A read-only line with what was chosen, in words, and a button that opens the chooser.
    The field holds codes; `changed` tells when they change."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._codes: list[str] = []
        self.line = QLineEdit(self)
        self.line.setReadOnly(True)
        # One context for both kinds of field (tr() here would take the subclass's).
        self.button = QPushButton(QCoreApplication.translate("Pickers", "Choose…"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.button)
        self.button.clicked.connect(self.choose)
        self.dialog: QDialog | None = None

    def codes(self) -> list[str]:
        return list(self._codes)

    def set_codes(self, codes: Iterable[str]) -> None:
        new = [str(c) for c in codes if c]
        same = new == self._codes
        self._codes = new
        self.line.setText(self.text_of(new))
        self.line.setToolTip(self.line.text())
        self.line.setCursorPosition(0)
        if not same:
            self.changed.emit()

    def text_of(self, codes: list[str]) -> str:
        raise NotImplementedError

    def chooser(self) -> tuple[QDialog, Callable[[], list[str]]]:
        """The dialog that chooses, and what it chose once accepted."""
        raise NotImplementedError

    def choose(self) -> None:
        dialog, chosen = self.chooser()
        dialog.accepted.connect(lambda: self.set_codes(chosen()))
        self.dialog = dialog
        dialog.open()


class LanguagesField(_ChooserField):
    """Languages an agency works in: ticked in a list of every language, searched by name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line.setPlaceholderText(self.tr("None chosen"))

    def text_of(self, codes: list[str]) -> str:
        return _names_text(language_name(c) for c in codes)

    def chooser(self) -> tuple[QDialog, Callable[[], list[str]]]:
        dialog = LanguagesDialog(self._codes, self)
        return dialog, dialog.codes


class LanguagesDialog(QDialog):
    """Tick the languages; the search box narrows the list to the names that match."""

    def __init__(self, codes: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Languages"))
        self._before = list(codes)
        self.search = QLineEdit(self)
        self.search.setObjectName("language_search")
        self.search.setPlaceholderText(self.tr("Search languages"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("language_list")
        english = countries.language_names("en")
        choices = language_choices()
        known = {code for code, _ in choices}
        # What the profile holds that the list does not: first, ticked, as stored.
        for code in [c for c in codes if c not in known]:
            self._add(code, language_name(code), "", True)
        for code, name in choices:
            self._add(code, name, english.get(code, ""), code in codes)
        self.search.textChanged.connect(self._filter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(360, 480)
        self.search.setFocus()

    def _add(self, code: str, name: str, english: str, checked: bool) -> None:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setData(SEARCH_ROLE, _search_text(code, name, english))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def _filter(self, text: str) -> None:
        wanted = fold(text)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(wanted) and wanted not in str(item.data(SEARCH_ROLE)))

    def codes(self) -> list[str]:
        """The ticked languages: those kept in their order, then the new ones in the list's."""
        ticked = [str(self.list.item(r).data(Qt.ItemDataRole.UserRole))
                  for r in range(self.list.count())
                  if self.list.item(r).checkState() == Qt.CheckState.Checked]
        return [c for c in self._before if c in ticked] + [
            c for c in ticked if c not in self._before]

    def set_checked(self, code: str, checked: bool = True) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked if checked
                                   else Qt.CheckState.Unchecked)


class PairsField(_ChooserField):
    """Language pairs a translation service covers ("km-ja": Khmer into Japanese)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line.setPlaceholderText(self.tr("No language pairs"))

    def text_of(self, codes: list[str]) -> str:
        return _names_text(pair_text(p) for p in codes)

    def chooser(self) -> tuple[QDialog, Callable[[], list[str]]]:
        dialog = PairsDialog(self._codes, self)
        return dialog, dialog.pairs


class PairsDialog(QDialog):
    """The pairs, and two pickers to add one: from a language into another."""

    def __init__(self, pairs: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Language pairs"))
        self.list = QListWidget(self)
        self.list.setObjectName("pair_list")
        for pair in pairs:
            self._add(pair)
        self.source = LanguageCombo(self, placeholder=self.tr("From"))
        self.source.setObjectName("pair_from")
        self.target = LanguageCombo(self, placeholder=self.tr("Into"))
        self.target.setObjectName("pair_into")
        self.add_button = QPushButton(self.tr("Add pair"), self)
        self.add_button.setObjectName("pair_add")
        self.add_button.clicked.connect(self.add_chosen)
        self.remove_button = QPushButton(self.tr("Remove pair"), self)
        self.remove_button.setObjectName("pair_remove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = QLabel(self)
        self.message.setObjectName("pair_message")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self.message.hide()
        row = QHBoxLayout()
        row.addWidget(self.source, 1)
        row.addWidget(QLabel(PAIR_ARROW.strip(), self))
        row.addWidget(self.target, 1)
        row.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        side = QHBoxLayout()
        side.addWidget(self.list, 1)
        side.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(side, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(520, 360)
        self.source.setFocus()

    def _add(self, pair: str) -> None:
        item = QListWidgetItem(pair_text(pair))
        item.setData(Qt.ItemDataRole.UserRole, pair)
        self.list.addItem(item)

    def add_chosen(self) -> bool:
        """Add the pair the two pickers show; False (and a message) when one is missing or
        not a language of the list."""
        source, target = self.source.code(), self.target.code()
        known = set(countries.language_codes())
        if not (source in known and target in known) or source == target:
            self.message.setText(self.tr("Choose two different languages from the lists."))
            self.message.show()
            return False
        self.message.hide()
        pair = f"{source}-{target}"
        if pair not in self.pairs():
            self._add(pair)
        self.source.set_code(None)
        self.target.set_code(None)
        self.source.setFocus()
        return True

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def pairs(self) -> list[str]:
        return [str(self.list.item(r).data(Qt.ItemDataRole.UserRole))
                for r in range(self.list.count())]

    def accept(self) -> None:
        # Two languages chosen and not added yet: what the person meant, added.
        if (self.source.currentText().strip() or self.target.currentText().strip()) \
                and not self.add_chosen():
            return
        super().accept()
