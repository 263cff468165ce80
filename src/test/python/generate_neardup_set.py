#!/usr/bin/env python3
"""Generates the near-duplicate labelled set from hand-written sources.

Input:  src/test/resources/neardup/source/*.txt - originals and hard negatives, written by hand.
Output: src/test/resources/neardup/labelled-set.jsonl - one line per article, in event-time order:
        {"input": <a news.raw value>, "gold": {"duplicate_of", "edit_kind", "negative_kind", "related_to"}}

Each original gets one republished variant per edit kind, made by a deterministic edit (seeded
random). Negatives are taken as written, except a live_update, which is its new text on top of
the base article's text (as live blogs print the newest update first).

Run from the repository root:  python3 src/test/python/generate_neardup_set.py
"""
import json
import pathlib
import random
import re
from datetime import datetime, timedelta, timezone

ROOT = pathlib.Path(__file__).resolve().parents[3]
SOURCE = ROOT / "src/test/resources/neardup/source"
OUT = ROOT / "src/test/resources/neardup/labelled-set.jsonl"

EDIT_KINDS = ["headline", "boilerplate_lines", "closing_paragraph", "paragraph_dropped", "paragraph_added",
              "lead_reworded", "typography", "html_markup", "teaser", "combined"]

OUTLETS = ["dailywire", "metro-news", "city-herald", "regional-post", "newsdesk", "morning-star",
           "nachrichten", "le-courrier", "noticias", "novosti", "novyny", "the-observer"]

# Per-language publisher additions (written for this set).
HEADLINE_PREFIX = {
    "en": ["BREAKING: ", "Update: ", "Watch: ", "Explained: "],
    "ru": ["Срочно: ", "Главное: ", "Новости дня: ", "Важно: "],
    "uk": ["Терміново: ", "Головне: ", "Новини дня: ", "Важливо: "],
    "de": ["Eilmeldung: ", "Aktuell: ", "Überblick: ", "Wichtig: "],
    "fr": ["Info : ", "Direct : ", "À la une : ", "Urgent : "],
    "es": ["Última hora: ", "Urgente: ", "En portada: ", "Claves: "],
}
BOILERPLATE_TOP = {
    "en": ["Photo: Reuters", "Image: Getty Images", "Photo credit: AP"],
    "ru": ["Фото: из открытых источников", "Фото: ТАСС", "Иллюстрация: пресс-служба"],
    "uk": ["Фото: з відкритих джерел", "Фото: УНІАН", "Ілюстрація: пресслужба"],
    "de": ["Foto: dpa", "Bild: picture alliance", "Foto: Reuters"],
    "fr": ["Photo : AFP", "Crédit photo : Reuters", "© AFP"],
    "es": ["Foto: EFE", "Imagen: Europa Press", "Fotografía: Reuters"],
}
READ_MORE = {
    "en": ["Read more: Our full coverage", "Subscribe to our newsletter for daily updates.", "Follow us on Telegram"],
    "ru": ["Читайте также: Главные новости дня", "Подписывайтесь на наш канал в Telegram", "Читайте нас в Дзене"],
    "uk": ["Читайте також: Головні новини дня", "Підписуйтесь на наш Telegram-канал", "Більше новин на нашому сайті"],
    "de": ["Lesen Sie auch: Alle Nachrichten des Tages", "Abonnieren Sie unseren Newsletter", "Folgen Sie uns auf WhatsApp"],
    "fr": ["À lire aussi : Toute l'actualité du jour", "Abonnez-vous à notre newsletter", "Suivez-nous sur Instagram"],
    "es": ["Lee también: Las claves del día", "Suscríbete a nuestro boletín", "Síguenos en WhatsApp"],
}
CLOSING = {
    "en": ["As we reported earlier, the situation has been developing since the start of the week. Stay with us for updates.",
           "This story has been updated with additional details. Our newsroom will continue to follow developments."],
    "ru": ["Как уже писали ранее, ситуация развивается с начала недели. Следите за обновлениями на нашем сайте.",
           "Напомним, ранее мы сообщали о развитии событий. Редакция продолжает следить за ситуацией."],
    "uk": ["Як ми вже писали раніше, ситуація розвивається з початку тижня. Стежте за оновленнями на нашому сайті.",
           "Нагадаємо, раніше ми повідомляли про розвиток подій. Редакція продовжує стежити за ситуацією."],
    "de": ["Wie bereits berichtet, entwickelt sich die Lage seit Beginn der Woche. Wir halten Sie auf dem Laufenden.",
           "Dieser Artikel wurde mit weiteren Details aktualisiert. Die Redaktion verfolgt die Entwicklung weiter."],
    "fr": ["Comme nous l'avons déjà rapporté, la situation évolue depuis le début de la semaine. Restez avec nous.",
           "Cet article a été mis à jour avec de nouveaux éléments. La rédaction continue de suivre la situation."],
    "es": ["Como ya informamos, la situación evoluciona desde el inicio de la semana. Sigue con nosotros las novedades.",
           "Esta noticia se ha actualizado con nuevos detalles. La redacción seguirá informando."],
}
EXTRA_PARAGRAPH = {
    "en": "Our correspondent at the scene said the mood was calm but tense, and that many people were following the news closely on their phones while waiting for official statements from the authorities.",
    "ru": "Наш корреспондент на месте сообщает, что обстановка спокойная, но напряжённая: многие жители следят за новостями в телефонах и ждут официальных заявлений властей.",
    "uk": "Наш кореспондент на місці повідомляє, що атмосфера спокійна, але напружена: багато людей стежать за новинами в телефонах і чекають на офіційні заяви влади.",
    "de": "Unser Korrespondent vor Ort berichtet von einer ruhigen, aber angespannten Stimmung. Viele Menschen verfolgen die Nachrichten auf ihren Handys und warten auf offizielle Erklärungen der Behörden.",
    "fr": "Notre correspondant sur place décrit une ambiance calme mais tendue : de nombreuses personnes suivent l'actualité sur leur téléphone en attendant des déclarations officielles des autorités.",
    "es": "Nuestro corresponsal en el lugar describe un ambiente tranquilo pero tenso: muchas personas siguen las noticias en sus teléfonos a la espera de declaraciones oficiales de las autoridades.",
}
ATTRIBUTION = {"en": ", officials said", "ru": ", сообщают источники", "uk": ", повідомляють джерела",
               "de": ", hieß es", "fr": ", selon les autorités", "es": ", según las autoridades"}


def read_sources():
    articles = []
    for path in sorted(SOURCE.glob("*.txt")):
        for block in path.read_text(encoding="utf-8").split("=== ")[1:]:
            header, _, body = block.partition("\n")
            meta = {}
            for part in header.split(" | "):
                key, _, value = part.partition(": ")
                meta[key.strip()] = value.strip()
            meta["paragraphs"] = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
            articles.append(meta)
    return articles


def sentences(paragraph):
    return [s for s in re.split(r"(?<=[.!?»“\"])\s+(?=[A-ZА-ЯЁІЇЄҐÀ-ÖØ-Þ«„“\"])", paragraph) if s]


def reword_lead(paragraphs, lang, rnd):
    first = sentences(paragraphs[0])
    words = first[0].rstrip(".").split(" ")
    # drop a few words, swap two neighbours in the middle, add an attribution
    kept = [w for i, w in enumerate(words) if i == 0 or i % 7 != 3]
    middle = len(kept) // 2
    kept[middle], kept[middle + 1] = kept[middle + 1], kept[middle]
    lead = " ".join(kept) + ATTRIBUTION[lang] + "."
    return [" ".join([lead] + first[1:])] + paragraphs[1:]


def typography(text, lang, rnd):
    replacements = [("«", "\""), ("»", "\""), ("„", "\""), ("“", "\""), ("”", "\""), (" — ", " - "),
                    (" – ", " -- "), ("’", "'"), ("ё", "е"), ("Ё", "Е"), ("...", "…")]
    if lang in ("en", "es"):
        replacements = [("\"", "“"), ("'", "’"), (" - ", " — "), ("...", "…")]
    for old, new in replacements:
        text = text.replace(old, new)
    # non-breaking spaces after short words and double spaces after sentences
    text = re.sub(r"\b(\w{1,2}) ", "\\1\u00a0", text)
    return re.sub(r"\. (?=\w)", ".  ", text)


def html_markup(title, paragraphs, rnd):
    parts = ["<article>", "<h1>%s</h1>" % title]
    for i, paragraph in enumerate(paragraphs):
        words = paragraph.split(" ")
        if len(words) > 6:
            j = rnd.randrange(1, len(words) - 3)
            words[j] = "<a href=\"https://example.org/tag/%d\">%s" % (i, words[j])
            words[j + 1] = words[j + 1] + "</a>"
            words[0] = "<strong>" + words[0] + "</strong>"
        parts.append("<p>" + " ".join(words).replace("&", "&amp;").replace("&amp;amp;", "&amp;") + "</p>")
        if i == 1:
            parts.append("<figure><img src=\"https://example.org/p.jpg\" alt=\"\"></figure>")
    parts.append("<footer><nav><a href=\"/\">Home</a></nav></footer></article>")
    return "\n".join(parts)


def teaser(paragraphs, rnd):
    words_total = sum(len(p.split()) for p in paragraphs)
    target = words_total * rnd.uniform(0.52, 0.75)
    out, count = [], 0
    for paragraph in paragraphs:
        kept = []
        for sentence in sentences(paragraph):
            kept.append(sentence)
            count += len(sentence.split())
            if count >= target:
                break
        out.append(" ".join(kept))
        if count >= target:
            break
    return out


def variant(original, kind, rnd):
    lang = original["lang"]
    title = original["title"]
    paragraphs = list(original["paragraphs"])
    html = None
    if kind == "headline":
        title = rnd.choice(HEADLINE_PREFIX[lang]) + title.split(":")[0].split(",")[0]
        paragraphs = [title] + paragraphs
    elif kind == "boilerplate_lines":
        paragraphs = [rnd.choice(BOILERPLATE_TOP[lang])] + paragraphs[:2] + [READ_MORE[lang][0]] \
            + paragraphs[2:] + READ_MORE[lang][1:]
    elif kind == "closing_paragraph":
        paragraphs = paragraphs + [rnd.choice(CLOSING[lang])]
    elif kind == "paragraph_dropped":
        del paragraphs[rnd.randrange(1, len(paragraphs))]
    elif kind == "paragraph_added":
        paragraphs.insert(rnd.randrange(2, len(paragraphs)), EXTRA_PARAGRAPH[lang])
    elif kind == "lead_reworded":
        paragraphs = reword_lead(paragraphs, lang, rnd)
    elif kind == "typography":
        paragraphs = [typography(p, lang, rnd) for p in paragraphs]
        title = typography(title, lang, rnd)
    elif kind == "html_markup":
        html = html_markup(title, paragraphs, rnd)
    elif kind == "teaser":
        paragraphs = teaser(paragraphs, rnd) + [READ_MORE[lang][0]]
    elif kind == "combined":
        title = rnd.choice(HEADLINE_PREFIX[lang]) + title
        del paragraphs[rnd.randrange(1, len(paragraphs))]
        paragraphs = [rnd.choice(BOILERPLATE_TOP[lang])] + [typography(p, lang, rnd) for p in paragraphs] \
            + [rnd.choice(CLOSING[lang])]
    return title, paragraphs, html


def published(at, minutes):
    moment = datetime.fromisoformat(at.replace("Z", "+00:00")) + timedelta(minutes=minutes)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def record(article_id, lang, outlet, title, paragraphs, html, at, gold):
    value = {"id": article_id, "url": "https://%s.example/%s" % (outlet, article_id), "source": outlet,
             "title": title, "published_at": at}
    if html is not None:
        value["html"] = html
    else:
        value["text"] = "\n\n".join(paragraphs)
    return {"input": value, "gold": dict(gold, language=lang)}


def main():
    rnd = random.Random(20251126)
    sources = read_sources()
    by_id = {a["id"]: a for a in sources}
    records = []
    for article in sources:
        lang = article["lang"]
        words = sum(len(p.split()) for p in article["paragraphs"])
        if "negative" in article:
            paragraphs = article["paragraphs"]
            if article["negative"] == "live_update":
                paragraphs = paragraphs + by_id[article["base"]]["paragraphs"]
            records.append(record(article["id"], lang, rnd.choice(OUTLETS), article["title"], paragraphs, None,
                                  article["published"], {"duplicate_of": None, "edit_kind": None,
                                                         "negative_kind": article["negative"],
                                                         "related_to": article["of"]}))
            continue
        assert 150 <= words <= 400, "%s has %d words" % (article["id"], words)
        records.append(record(article["id"], lang, "wire", article["title"], article["paragraphs"], None,
                              article["published"], {"duplicate_of": None, "edit_kind": "original",
                                                     "negative_kind": None, "related_to": None}))
        for kind in EDIT_KINDS:
            title, paragraphs, html = variant(article, kind, rnd)
            records.append(record("%s-%s" % (article["id"], kind.replace("_", "-")), lang, rnd.choice(OUTLETS),
                                  title, paragraphs, html, published(article["published"], rnd.randrange(5, 4000)),
                                  {"duplicate_of": article["id"], "edit_kind": kind, "negative_kind": None,
                                   "related_to": article["id"]}))
    records.sort(key=lambda r: (r["input"]["published_at"], r["input"]["id"]))
    with OUT.open("w", encoding="utf-8") as out:
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d articles to %s" % (len(records), OUT.relative_to(ROOT)))


if __name__ == "__main__":
    main()
