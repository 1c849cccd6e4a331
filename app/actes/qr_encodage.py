"""L'encodage QR des adresses du livre : mode octet, correction M, masque fixe, versions 1 à 10.

The qrcode library encodes a code in about a millisecond, most of it in generic Python
loops; a book of 800 sessions would spend a tenth of its time there. The few data-dependent
steps are done here (codewords, Reed-Solomon, placement along precomputed positions), while
each version's fixed patterns come from the library itself. The result is module for module
the library's (a test checks it); longer addresses (over 213 bytes) go to the library.
"""

from __future__ import annotations

import functools

import qrcode
from qrcode import util
from qrcode.base import rs_blocks
from qrcode.constants import ERROR_CORRECT_M

MASQUE = 2  # any of the eight is valid; one for all keeps every code reproducible
VERSION_MAX = 10
_MODE_OCTET = 0b0100
_BOURRAGE = (0xEC, 0x11)

# GF(256), polynomial x^8 + x^4 + x^3 + x^2 + 1, as the standard asks.
_EXP = [0] * 512
_LOG = [0] * 256
_valeur = 1
for _rang in range(255):
    _EXP[_rang] = _valeur
    _LOG[_valeur] = _rang
    _valeur <<= 1
    if _valeur & 0x100:
        _valeur ^= 0x11D
for _rang in range(255, 512):
    _EXP[_rang] = _EXP[_rang - 255]


@functools.cache
def _generateur(degre: int) -> tuple[int, ...]:
    """Les logarithmes des coefficients de prod(x - a^i), i < degre, sans le terme de tête."""
    poly = [1]
    for i in range(degre):
        suivant = [0] * (len(poly) + 1)
        for rang, coef in enumerate(poly):
            suivant[rang] ^= coef
            if coef:
                suivant[rang + 1] ^= _EXP[_LOG[coef] + i]
        poly = suivant
    return tuple(_LOG[c] for c in poly[1:])


def _correction(donnees: list[int], degre: int) -> list[int]:
    generateur = _generateur(degre)
    reste = [0] * degre
    for octet in donnees:
        facteur = octet ^ reste[0]
        reste = reste[1:]
        reste.append(0)
        if facteur:
            log = _LOG[facteur]
            for rang, g in enumerate(generateur):
                reste[rang] ^= _EXP[log + g]
    return reste


@functools.cache
def _blocs(version: int) -> tuple[tuple[int, int], ...]:
    """(mots de données, mots de correction) de chaque bloc."""
    return tuple(
        (b.data_count, b.total_count - b.data_count) for b in rs_blocks(version, ERROR_CORRECT_M)
    )


def _capacite(version: int) -> int:
    """Octets que la version porte en mode octet."""
    bits = sum(donnees for donnees, _ in _blocs(version)) * 8
    return (bits - 4 - (8 if version < 10 else 16)) // 8


@functools.cache
def _gabarit(
    version: int,
) -> tuple[tuple[tuple[bool | None, ...], ...], tuple[tuple[int, int, bool], ...]]:
    """Les motifs fixes de la version (None : module de données) et l'ordre de placement.

    Each data position carries its mask bit, so placing a code is one pass of XORs.
    """
    code = qrcode.QRCode(version=version, error_correction=ERROR_CORRECT_M, border=0)
    taille = code.modules_count = version * 4 + 17
    code.modules = [[None] * taille for _ in range(taille)]
    code.setup_position_probe_pattern(0, 0)
    code.setup_position_probe_pattern(taille - 7, 0)
    code.setup_position_probe_pattern(0, taille - 7)
    code.setup_position_adjust_pattern()
    code.setup_timing_pattern()
    code.setup_type_info(False, MASQUE)
    if version >= 7:
        code.setup_type_number(False)
    masque = util.mask_func(MASQUE)
    positions = []
    sens, ligne = -1, taille - 1
    for colonne in range(taille - 1, 0, -2):
        if colonne <= 6:
            colonne -= 1  # the vertical timing pattern is skipped
        while True:
            for c in (colonne, colonne - 1):
                if code.modules[ligne][c] is None:
                    positions.append((ligne, c, bool(masque(ligne, c))))
            ligne += sens
            if not 0 <= ligne < taille:
                ligne -= sens
                sens = -sens
                break
    return tuple(tuple(r) for r in code.modules), tuple(positions)


def _mots(octets: bytes, version: int) -> list[int]:
    """Les mots de code : données, bourrage, puis correction, entrelacés par bloc."""
    blocs = _blocs(version)
    capacite = sum(donnees for donnees, _ in blocs)
    longueur = 8 if version < 10 else 16
    bits = f"{_MODE_OCTET:04b}{len(octets):0{longueur}b}" + "".join(f"{o:08b}" for o in octets)
    bits += "0" * min(4, capacite * 8 - len(bits))
    bits += "0" * (-len(bits) % 8)
    donnees = [int(bits[i : i + 8], 2) for i in range(0, len(bits), 8)]
    donnees += [_BOURRAGE[i % 2] for i in range(capacite - len(donnees))]
    parts, corrections = [], []
    debut = 0
    for nombre, degre in blocs:
        part = donnees[debut : debut + nombre]
        debut += nombre
        parts.append(part)
        corrections.append(_correction(part, degre))
    mots = [p[i] for i in range(max(len(p) for p in parts)) for p in parts if i < len(p)]
    mots += [
        c[i] for i in range(max(len(c) for c in corrections)) for c in corrections if i < len(c)
    ]
    return mots


def matrice_qr(adresse: str) -> list[list[bool]]:
    """Les modules du code (sans zone de silence), ligne par ligne ; vrai : module sombre."""
    octets = adresse.encode("utf-8")
    version = next((v for v in range(1, VERSION_MAX + 1) if len(octets) <= _capacite(v)), None)
    if version is None:
        code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=MASQUE)
        code.add_data(util.QRData(octets, mode=util.MODE_8BIT_BYTE))
        code.make(fit=True)
        return [[bool(m) for m in ligne] for ligne in code.get_matrix()]
    fixes, positions = _gabarit(version)
    modules = [[m is True for m in ligne] for ligne in fixes]
    bits = "".join(f"{m:08b}" for m in _mots(octets, version))
    bits += "0" * (len(positions) - len(bits))  # the remainder bits
    for (ligne, colonne, masque), bit in zip(positions, bits, strict=True):
        modules[ligne][colonne] = (bit == "1") != masque
    return modules
