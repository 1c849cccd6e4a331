"""Les notes en Markdown vers du HTML sûr : HTML brut désactivé, liens « nofollow »."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

from app.site.texte import nettoyer, publiable


def _lien(
    renderer: Any, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    # Links typed in a note lead elsewhere: no ranking credit, no access to this page.
    tokens[idx].attrSet("rel", "nofollow noopener")
    rendu: str = renderer.renderToken(tokens, idx, options, env)
    return rendu


@cache
def _analyseur() -> MarkdownIt:
    # html=False: `<script>` typed in a note is shown as text. Images are off: a note must not
    # make a reader's phone fetch a picture from a third-party server (photos come apart).
    # breaks=True: note-takers type a line break where they mean one.
    md = MarkdownIt(
        "commonmark", {"html": False, "xhtmlOut": False, "breaks": True, "linkify": False}
    )
    md.enable(["table", "strikethrough"])
    md.disable("image")
    md.add_render_rule("link_open", _lien)
    return md


def markdown_en_html(source: str, langue: str = "fr", *, niveau_titres: int = 3) -> str:
    """Le HTML d'un texte de récolte ; ses titres commencent à `niveau_titres` (h3 par défaut).

    French spacing is applied to text nodes only, so code, URLs and the Markdown syntax itself
    (a link reference `[a]: url`) are never altered.
    """
    md = _analyseur()
    jetons = md.parse(nettoyer(source))
    for jeton in jetons:
        if jeton.type in ("heading_open", "heading_close"):
            niveau = min(6, int(jeton.tag[1]) + niveau_titres - 1)
            jeton.tag = f"h{niveau}"
        elif jeton.type == "inline" and jeton.children:
            for enfant in jeton.children:
                if enfant.type == "text":
                    enfant.content = publiable(enfant.content, langue)
    rendu: str = md.renderer.render(jetons, md.options, {})
    return rendu
