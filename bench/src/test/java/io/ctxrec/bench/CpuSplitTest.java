package io.ctxrec.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuSplitTest {

    private static CpuSplit.Sample sample(long service1, long service2, long haproxy, long busy, long idle) {
        Map<String, Long> parts = new LinkedHashMap<>();
        parts.put("service 1", service1);
        parts.put("service 2", service2);
        parts.put("haproxy", haproxy);
        return new CpuSplit.Sample(parts, busy, idle);
    }

    @Test
    void eachPartIsItsTicksOverTheRowAndTheRestOfTheBusyTimeIsOther() {
        // A 10 s row on 2 cores: 2,000 ticks of capacity, 1,900 busy: 800 + 700 + 150 by the parts, 250 by others.
        CpuSplit split = CpuSplit.between(sample(1_000, 2_000, 50, 10_000, 5_000),
                sample(1_800, 2_700, 200, 11_900, 5_100));

        assertThat(split.seconds()).containsEntry("service 1", 8.0).containsEntry("service 2", 7.0)
                .containsEntry("haproxy", 1.5);
        assertThat(split.sum("service")).isEqualTo(15.0);
        assertThat(split.otherSeconds()).isCloseTo(2.5, within(1e-9));
        assertThat(split.idleSeconds()).isEqualTo(1.0);
        assertThat(split.capacitySeconds()).isCloseTo(20.0, within(1e-9));
        assertThat(split.percent(split.idleSeconds())).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void aPartWithoutAProcessIsUnknownAndItsTimeCountsAsOther() {
        CpuSplit split = CpuSplit.between(sample(0, -1, 0, 0, 0), sample(100, -1, 10, 200, 0));

        assertThat(split.seconds().get("service 2")).isNaN();
        assertThat(split.sum("service")).isEqualTo(1.0);
        assertThat(split.otherSeconds()).isCloseTo(0.9, within(1e-9));
        assertThat(split.sum("database")).isNaN();
    }

    @Test
    void partsReadAMomentAfterTheMachineNeverMakeOtherNegative() {
        CpuSplit split = CpuSplit.between(sample(0, 0, 0, 0, 0), sample(101, 0, 0, 100, 100));

        assertThat(split.otherSeconds()).isZero();
    }

    @Test
    void procStatFieldsAreCountedAfterACommandNameWithSpacesAndBrackets() {
        String stat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 100 0 0 0 1234 56 7 8 20 0 30 0 100 0";

        assertThat(CpuSplit.ticksOf(stat, false)).isEqualTo(1_290);
        assertThat(CpuSplit.ticksOf(stat, true)).isEqualTo(1_305);
    }

    @Test
    void theMachinesBusyTimeLeavesIdleAndIowaitOut() {
        long[] ticks = CpuSplit.machineTicksOf("cpu  100 2 30 5000 40 5 6 7 0 0");

        assertThat(ticks).containsExactly(150, 5_040);
    }
}
