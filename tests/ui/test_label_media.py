"""Recordings and videos in labels (media::audio, media::video) and recorded answers are played
with this computer's own player (Qt Multimedia is not installed): a Play button under the label
opens the form's file, one not sent with the form is shown unplayable, and an audio answer has
Play. No player runs here, so only QDesktopServices.openUrl is replaced."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl

from gmsdesk.forms.xlsform import load_xlsform
from gmsdesk.storage.db import Database
from gmsdesk.ui.surveys import questions as qw
from tests.ui.test_surveys import write_xlsform
from tests.ui.test_surveys_renderer import open_renderer

HELLO = b"ID3\x03\x00\x00\x00\x00\x00\x00 a greeting, recorded"
CLIP = b"\x00\x00\x00\x18ftypmp42 a short video"


def media_form(db: Database, folder: Path) -> str:
    """A form whose labels play a recording and a video, imported with its files from the
    `greeting-media` folder as ODK keeps them. `lost.mp3` is taken out of the stored form
    again, as a version imported before label audio was kept lacks it."""
    media = folder / "greeting-media"
    media.mkdir(parents=True, exist_ok=True)
    for name, data in (("hello.mp3", HELLO), ("clip.mp4", CLIP), ("lost.mp3", HELLO)):
        (media / name).write_bytes(data)
    path = write_xlsform(folder / "greeting.xlsx", [
        {"type": "note", "name": "welcome", "label": "Listen to the greeting",
         "media::audio": "hello.mp3"},
        {"type": "text", "name": "product", "label": "What did the video show?",
         "media::video": "clip.mp4"},
        {"type": "text", "name": "lost", "label": "And this one?", "media::audio": "lost.mp3"},
        {"type": "audio", "name": "voice", "label": "The owner, recorded"},
    ], settings={"form_id": "greeting", "version": "1"})
    form, problems = load_xlsform(path)
    assert form is not None, [str(p) for p in problems]
    files = form.definition["_gmsdesk"]["files"]
    assert {"hello.mp3", "clip.mp4"} <= set(files)
    del files["lost.mp3"]
    db.surveys.import_form(form, path.name)
    return str(db.surveys.form_ref(form.form_id, form.version))


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files handed to the system's player (none is installed here)."""
    urls: list[Path] = []

    def open_url(url: QUrl) -> bool:
        urls.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(qw.QDesktopServices, "openUrl", staticmethod(open_url))
    return urls


def test_a_label_plays_its_recording_and_its_video(qtbot: Any, db: Database, tmp_path: Path,
                                                   opened: list[Path]) -> None:
    renderer = open_renderer(qtbot, db, media_form(db, tmp_path))
    welcome = renderer.widgets[("welcome", None)]
    assert welcome.label_media is not None and welcome.label_media.isVisibleTo(renderer)
    play = welcome.label_media.buttons["audio"]
    assert play.text() == "Play the recording" and play.isEnabled()
    assert not welcome.label_media.buttons["video"].isVisibleTo(renderer)
    play.click()
    assert len(opened) == 1 and opened[0].name == "hello.mp3"
    assert opened[0].read_bytes() == HELLO  # the form's own file, ready for the player

    video = renderer.widgets[("product", None)].label_media
    assert video is not None and video.buttons["video"].text() == "Play the video"
    video.buttons["video"].click()
    assert opened[-1].name == "clip.mp4" and opened[-1].read_bytes() == CLIP

    lost = renderer.widgets[("lost", None)].label_media
    assert lost is not None and not lost.buttons["audio"].isEnabled()
    assert lost.buttons["audio"].toolTip() == ("lost.mp3 did not come with the form, so it "
                                               "cannot be played.")
    assert renderer.widgets[("voice", None)].label_media is None  # no media in its label


def test_no_player_is_said_plainly(qtbot: Any, db: Database, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(qw.QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    renderer = open_renderer(qtbot, db, media_form(db, tmp_path))
    media = renderer.widgets[("welcome", None)].label_media
    assert media is not None and not media.play("audio")
    assert media.note.text() == "No program on this computer plays hello.mp3."


def test_a_recorded_answer_has_play(qtbot: Any, db: Database, tmp_path: Path,
                                    opened: list[Path]) -> None:
    renderer = open_renderer(qtbot, db, media_form(db, tmp_path))
    voice = renderer.widgets[("voice", None)]
    assert isinstance(voice, qw.MediaWidget)
    assert voice.open_button.text() == "Play" and not voice.open_button.isEnabled()
    recording = tmp_path / "owner.m4a"
    recording.write_bytes(b"\x00\x00\x00\x20ftypM4A the owner speaking")
    assert voice.attach_path(str(recording))
    voice.open_button.click()
    assert len(opened) == 1 and opened[0].read_bytes() == recording.read_bytes()
