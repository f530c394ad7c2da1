package dev.colony.gfs.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FsPathTest {

    @Test
    void normalisesWhatUsersWrite() {
        assertThat(FsPath.parse("/").value()).isEqualTo("/");
        assertThat(FsPath.parse("//a///b/").value()).isEqualTo("/a/b");
        assertThat(FsPath.parse("/a/./b/../c").value()).isEqualTo("/a/c");
        assertThat(FsPath.parse("/a/..").isRoot()).isTrue();
        assertThat(FsPath.parse("/ünï cödé/😀.txt").name()).isEqualTo("😀.txt");
    }

    @Test
    void knowsItsParentNameAndComponents() {
        FsPath path = FsPath.parse("/a/b/c");
        assertThat(path.parent()).isEqualTo(FsPath.parse("/a/b"));
        assertThat(FsPath.parse("/a").parent()).isEqualTo(FsPath.ROOT);
        assertThat(path.names()).containsExactly("a", "b", "c");
        assertThat(FsPath.ROOT.names()).isEmpty();
        assertThat(FsPath.ROOT.resolve("x")).isEqualTo(FsPath.parse("/x"));
        assertThat(path.isWithin(FsPath.parse("/a"))).isTrue();
        assertThat(FsPath.parse("/ab").isWithin(FsPath.parse("/a"))).isFalse();
        assertThatThrownBy(FsPath.ROOT::parent).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "relative", "/..", "/a/../..", "/a\u0000b", "/a\nb", "/\u007f"})
    void refusesPathsThatEscapeOrCarryControlCharacters(String raw) {
        assertThatThrownBy(() -> FsPath.parse(raw)).isInstanceOfSatisfying(FsException.class,
                e -> assertThat(e.error()).isEqualTo(FsError.EINVAL));
    }

    @Test
    void refusesOverLongNamesAndPaths() {
        assertThat(FsPath.parse("/" + "n".repeat(255)).name()).hasSize(255);
        assertThatThrownBy(() -> FsPath.parse("/" + "n".repeat(256))).hasMessageContaining("longer than 255 bytes");
        assertThatThrownBy(() -> FsPath.parse("/" + "é".repeat(128))).hasMessageContaining("longer than 255 bytes");
        assertThatThrownBy(() -> FsPath.parse(("/" + "d".repeat(200)).repeat(21))).hasMessageContaining("longer than 4096 bytes");
        assertThatThrownBy(() -> FsPath.ROOT.resolve("a/b")).hasMessageContaining("not a file name");
        assertThatThrownBy(() -> FsPath.ROOT.resolve("..")).hasMessageContaining("not a file name");
    }

    @Test
    void errorMessagesDoNotEchoControlCharacters() {
        assertThatThrownBy(() -> FsPath.parse("/a\u001b[31mred")).hasMessageNotContaining("\u001b");
    }
}
