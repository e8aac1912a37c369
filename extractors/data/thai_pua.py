"""Private Use Area glyph code points of legacy Thai fonts -> standard Thai code points.

Data only.  Legacy Windows Thai fonts (and some Mac ones) carry positional
variants of Thai marks as separate glyphs in the Private Use Area; a PDF made
with such a font may map those glyphs to their PUA code points.  The table is
the one HarfBuzz's Thai shaper uses to pick these glyphs (hb-ot-shaper-thai.cc,
``thai_pua_shape``: the SD, SDL, SL and RD mapping tables), read in reverse:
each variant goes back to the one character it draws.

    SD  - shifted down   (tone marks over a consonant with no room; lower vowels
          under a descender consonant)
    SDL - shifted down and left
    SL  - shifted left   (marks over an ascender consonant: ป ฝ ฟ)
    RD  - "removed descender": ญ and ฐ drawn without their lower part so a lower
          vowel fits under them
"""

# Windows PUA (U+F700-U+F71A): every code point in the range is listed.
WINDOWS_PUA: dict[int, int] = {
    0xF700: 0x0E10,  # THO THAN without descender (RD)
    0xF701: 0x0E34,  # SARA I, shifted left (SL)
    0xF702: 0x0E35,  # SARA II (SL)
    0xF703: 0x0E36,  # SARA UE (SL)
    0xF704: 0x0E37,  # SARA UEE (SL)
    0xF705: 0x0E48,  # MAI EK, shifted down-left (SDL)
    0xF706: 0x0E49,  # MAI THO (SDL)
    0xF707: 0x0E4A,  # MAI TRI (SDL)
    0xF708: 0x0E4B,  # MAI CHATTAWA (SDL)
    0xF709: 0x0E4C,  # THANTHAKHAT (SDL)
    0xF70A: 0x0E48,  # MAI EK, shifted down (SD)
    0xF70B: 0x0E49,  # MAI THO (SD)
    0xF70C: 0x0E4A,  # MAI TRI (SD)
    0xF70D: 0x0E4B,  # MAI CHATTAWA (SD)
    0xF70E: 0x0E4C,  # THANTHAKHAT (SD)
    0xF70F: 0x0E0D,  # YO YING without descender (RD)
    0xF710: 0x0E31,  # MAI HAN-AKAT, shifted left (SL)
    0xF711: 0x0E4D,  # NIKHAHIT (SL)
    0xF712: 0x0E47,  # MAITAIKHU (SL)
    0xF713: 0x0E48,  # MAI EK, shifted left (SL)
    0xF714: 0x0E49,  # MAI THO (SL)
    0xF715: 0x0E4A,  # MAI TRI (SL)
    0xF716: 0x0E4B,  # MAI CHATTAWA (SL)
    0xF717: 0x0E4C,  # THANTHAKHAT (SL)
    0xF718: 0x0E38,  # SARA U, shifted down (SD)
    0xF719: 0x0E39,  # SARA UU (SD)
    0xF71A: 0x0E3A,  # PHINTHU (SD)
}

# Mac PUA (U+F884-U+F89E), the third column of the same HarfBuzz tables.
MAC_PUA: dict[int, int] = {
    0xF884: 0x0E31,  # MAI HAN-AKAT (SL)
    0xF885: 0x0E34,  # SARA I (SL)
    0xF886: 0x0E35,  # SARA II (SL)
    0xF887: 0x0E36,  # SARA UE (SL)
    0xF888: 0x0E37,  # SARA UEE (SL)
    0xF889: 0x0E47,  # MAITAIKHU (SL)
    0xF88A: 0x0E48,  # MAI EK (SL)
    0xF88B: 0x0E48,  # MAI EK (SD)
    0xF88C: 0x0E48,  # MAI EK (SDL)
    0xF88D: 0x0E49,  # MAI THO (SL)
    0xF88E: 0x0E49,  # MAI THO (SD)
    0xF88F: 0x0E49,  # MAI THO (SDL)
    0xF890: 0x0E4A,  # MAI TRI (SL)
    0xF891: 0x0E4A,  # MAI TRI (SD)
    0xF892: 0x0E4A,  # MAI TRI (SDL)
    0xF893: 0x0E4B,  # MAI CHATTAWA (SL)
    0xF894: 0x0E4B,  # MAI CHATTAWA (SD)
    0xF895: 0x0E4B,  # MAI CHATTAWA (SDL)
    0xF896: 0x0E4C,  # THANTHAKHAT (SL)
    0xF897: 0x0E4C,  # THANTHAKHAT (SD)
    0xF898: 0x0E4C,  # THANTHAKHAT (SDL)
    0xF899: 0x0E4D,  # NIKHAHIT (SL)
    0xF89A: 0x0E0D,  # YO YING without descender (RD)
    0xF89B: 0x0E38,  # SARA U (SD)
    0xF89C: 0x0E39,  # SARA UU (SD)
    0xF89D: 0x0E3A,  # PHINTHU (SD)
    0xF89E: 0x0E10,  # THO THAN without descender (RD)
}

PUA_TO_THAI: dict[int, int] = {**WINDOWS_PUA, **MAC_PUA}
