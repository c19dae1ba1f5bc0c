package io.ctxrec.training.data;

import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.domain.model.Season;
import io.ctxrec.domain.model.TimeOfDay;

/** Numbers the 48 generated contexts (3 devices x 4 times of day x 4 seasons) for table look-ups. */
final class ContextIndex {
    static final int COUNT = 3 * 4 * 4;
    static final DeviceType[] DEVICES = {DeviceType.MOBILE, DeviceType.DESKTOP, DeviceType.TABLET};

    private ContextIndex() {
    }

    static int of(int device, TimeOfDay timeOfDay, Season season) {
        return device * 16 + timeOfDay.ordinal() * 4 + season.ordinal();
    }

    static int device(int index) {
        return index / 16;
    }

    static TimeOfDay timeOfDay(int index) {
        return TimeOfDay.values()[index / 4 % 4];
    }

    static Season season(int index) {
        return Season.values()[index % 4];
    }
}
