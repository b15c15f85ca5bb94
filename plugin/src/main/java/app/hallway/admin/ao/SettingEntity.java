package app.hallway.admin.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One setting. Never leaves {@link AoSettings}. {@code @Preload}: a lookup reads the value with the row, instead
 * of a second query when the value's getter is called.
 */
@Table("SETTING")
@Preload
public interface SettingEntity extends Entity {
    @NotNull
    @Unique
    String getSettingKey();

    void setSettingKey(String key);

    @StringLength(StringLength.UNLIMITED)
    String getSettingValue();

    void setSettingValue(String value);
}
