package dev.rivulet.runtime.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardRepositoryTest {
    @TempDir
    Path tmp;

    private final Clock clock = Clock.fixed(Instant.ofEpochMilli(1_700_000_000_000L), ZoneOffset.UTC);

    private DashboardRepository repo() {
        return new DashboardRepository(Databases.open(DataDirectory.open(Optional.of(tmp))).workspace(), clock);
    }

    private static DashboardItem chart(int x, int y) {
        return new DashboardItem("c-1", "12", "chart", "Speed", x, y, 6, 4);
    }

    @Test
    void savedDashboardsSurviveReopeningTheDatabase() {
        Dashboard d = repo().create("Fleet");
        repo().save(d.with(chart(0, 0)).with(new DashboardItem("c-2", "7/3", "label", "Battery", 6, 0, 3, 2)));

        Dashboard back = repo().find(d.id()).orElseThrow();
        assertThat(back.name()).isEqualTo("Fleet");
        assertThat(back.items()).containsExactly(chart(0, 0),
            new DashboardItem("c-2", "7/3", "label", "Battery", 6, 0, 3, 2));
        assertThat(back.updated()).isEqualTo(1_700_000_000_000L);
    }

    @Test
    void severalDashboardsListByNameAndDeleteOneByOne() {
        DashboardRepository r = repo();
        Dashboard b = r.create("beta");
        r.create("Alpha");
        assertThat(r.list()).extracting(Dashboard::name).containsExactly("Alpha", "beta");
        assertThat(r.delete(b.id())).isTrue();
        assertThat(r.delete(b.id())).isFalse();
        assertThat(r.list()).extracting(Dashboard::name).containsExactly("Alpha");
    }

    @Test
    void moveResizeAndRenameAreSaved() {
        DashboardRepository r = repo();
        Dashboard d = r.create("Fleet").with(chart(0, 0));
        d = d.replacing(0, d.items().get(0).movedTo(2, 3).resizedTo(4, 2).titled("Speed (km/h)")).renamed("Cars");
        r.save(d);
        Dashboard back = r.find(d.id()).orElseThrow();
        assertThat(back.name()).isEqualTo("Cars");
        assertThat(back.items()).containsExactly(new DashboardItem("c-1", "12", "chart", "Speed (km/h)", 2, 3, 4, 2));
    }

    @Test
    void aNewWidgetGoesToTheFirstFreePlace() {
        Dashboard d = new Dashboard("d", "x", 12, List.of(chart(0, 0)), 0);
        DashboardItem placed = d.placeFree(new DashboardItem("c", "1", "label", "L", 0, 0, 6, 2));
        assertThat(placed.column()).isEqualTo(6);
        assertThat(placed.row()).isZero();
        DashboardItem wide = d.with(placed).placeFree(new DashboardItem("c", "1", "table", "T", 0, 0, 8, 2));
        assertThat(wide.row()).isEqualTo(4);
    }

    @Test
    void rejectsWidgetsOutsideTheGrid() {
        assertThatThrownBy(() -> new Dashboard("d", "x", 12, List.of(chart(8, 0)), 0))
            .hasMessageContaining("past column 12");
        assertThatThrownBy(() -> new DashboardItem("c", "1", "chart", "", -1, 0, 1, 1))
            .hasMessageContaining("place on the grid");
    }

    @Test
    void readsTheVersion1GoldenLayout() throws Exception {
        String golden = new String(getClass().getResourceAsStream("/golden/dashboard-layout-v1.json").readAllBytes(),
            StandardCharsets.UTF_8).trim();
        Dashboard d = DashboardLayoutCodec.read("id", "Fleet", 5, golden);
        assertThat(d.items()).containsExactly(chart(0, 0),
            new DashboardItem("c-1", "7/3", "label", "Battery", 6, 0, 3, 2));
        assertThat(DashboardLayoutCodec.write(d)).isEqualTo(golden);
    }

    @Test
    void aLayoutFromANewerVersionIsRefusedClearlyAndOthersStillList() throws Exception {
        DashboardRepository r = repo();
        r.create("Good");
        try (Connection c = Databases.open(DataDirectory.open(Optional.of(tmp))).workspace().connect();
             PreparedStatement ps = c.prepareStatement(
                 "INSERT INTO dashboards (id, name, layout, updated) VALUES ('n', 'Newer', ?, 0)")) {
            ps.setString(1, "{\"schemaVersion\":99,\"items\":[]}");
            ps.executeUpdate();
        }
        assertThatThrownBy(() -> r.find("n")).isInstanceOf(DashboardException.class)
            .hasMessageContaining("\"Newer\"").hasMessageContaining("version 99");
        assertThat(r.list()).extracting(Dashboard::name).containsExactly("Good");
        assertThat(r.unreadable()).singleElement().asString().contains("Newer");
    }
}
