package io.newsstream.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BoilerplateTest {

    private final Boilerplate boilerplate = Boilerplate.standard();

    @ParameterizedTest
    @ValueSource(strings = {
        "Фото: из открытых источников", "Фото: Reuters", "ФОТО: УНИАН", "Фото — Getty Images",
        "Фото з відкритих джерел", "Фото: з відкритих джерел", "Фото: Офіс президента", "Джерело фото: Укрінформ",
        "Photo: Reuters", "Photo : AFP", "(Photo: AP)", "Photo by Jane Doe/Reuters", "Image: Getty Images",
        "Foto: dpa", "Bild: picture alliance", "Crédit photo : AFP", "Crédits photo", "Foto: EFE",
        "Fot. PAP", "Zdjęcie: PAP/EPA", "© Reuters",
        "Read more: Talks in Alaska", "Read also", "Читайте также: Трамп и Путин", "Читайте також: Зеленський у Брюсселі",
        "Lesen Sie auch: Gipfel in Alaska", "Lire aussi : Le sommet", "Lee también: La cumbre", "Leggi anche: Il vertice",
        "Leia também: A cimeira", "Czytaj też: Szczyt", "Реклама", "Advertisement",
    })
    void recognizesCreditAndCrossLinkLines(final String line) {
        assertThat(boilerplate.isBoilerplate(line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Фотовыставка открылась в Москве.",
        "Фото-выставка открылась в Москве.",
        "На фото: президент и премьер.  Это часть текста статьи.",
        "Photographers gathered outside the court.",
        "По теме переговоров высказался Кремль.",
        "Read moreover the report said nothing.",
        "Bilder zeigen die Zerstörung in der Stadt.",
        "(c) the government shall publish the list",
        "Putin thanked Kim. Photo: Reuters",
    })
    void leavesArticleSentencesAlone(final String line) {
        assertThat(boilerplate.isBoilerplate(line)).as(line).isFalse();
    }

    @Test
    void neverMatchesLongLines() {
        final String longLine = "Фото: " + "очень длинная подпись ".repeat(10);
        assertThat(longLine.length()).isGreaterThan(Boilerplate.MAX_LINE_LENGTH);
        assertThat(boilerplate.isBoilerplate(longLine)).isFalse();
    }

    @Test
    void loadsEveryPatternOfTheDataFile() {
        assertThat(boilerplate.size()).isGreaterThan(20);
    }
}
