package app.hallway.admin.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One setting. Never leaves {@link AoSettings}. */
@Table("SETTING")
public interface SettingEntity extends Entity {
    @NotNull
    @Unique
    String getSettingKey();

    void setSettingKey(String key);

    @StringLength(StringLength.UNLIMITED)
    String getSettingValue();

    void setSettingValue(String value);
}
