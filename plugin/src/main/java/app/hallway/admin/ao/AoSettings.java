package app.hallway.admin.ao;

import app.hallway.admin.Settings;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** {@link Settings} in Active Objects, so every cluster node reads the same configuration. */
@Named
public final class AoSettings implements Settings {
    private final ActiveObjects ao;

    @Inject
    public AoSettings(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(ao.executeInTransaction(() -> {
            SettingEntity found = find(key);
            return found == null ? null : found.getSettingValue();
        }));
    }

    @Override
    public void put(String key, String value) {
        try {
            ao.executeInTransaction(() -> {
                write(key, value);
                return null;
            });
        } catch (RuntimeException concurrentFirstWrite) {
            // Another node created the row between our read and insert; now it exists, so update it.
            ao.executeInTransaction(() -> {
                write(key, value);
                return null;
            });
        }
    }

    private void write(String key, String value) {
        SettingEntity found = find(key);
        if (found == null) {
            ao.create(SettingEntity.class, new DBParam("SETTING_KEY", key), new DBParam("SETTING_VALUE", value));
        } else {
            found.setSettingValue(value);
            found.save();
        }
    }

    private SettingEntity find(String key) {
        SettingEntity[] found = ao.find(SettingEntity.class, Query.select().where("SETTING_KEY = ?", key));
        return found.length == 0 ? null : found[0];
    }
}
