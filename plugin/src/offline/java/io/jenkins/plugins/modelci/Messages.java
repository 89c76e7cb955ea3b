package io.jenkins.plugins.modelci;

import org.jvnet.localizer.Localizable;
import org.jvnet.localizer.ResourceBundleHolder;

/**
 * Offline-build copy of the class that localizer-maven-plugin generates from Messages.properties in the real
 * build (same shape: a formatting method and a {@link Localizable} method per key). MessagesCopyTest fails when a
 * key of Messages.properties has no method here.
 */
@SuppressWarnings({"", "PMD", "all"})
public class Messages {
    private static final ResourceBundleHolder holder = ResourceBundleHolder.get(Messages.class);

    /** Key {@code ModelCiConfiguration.DisplayName}. */
    public static String ModelCiConfiguration_DisplayName() {
        return holder.format("ModelCiConfiguration.DisplayName");
    }

    /** Key {@code ModelCiConfiguration.DisplayName}. */
    public static Localizable _ModelCiConfiguration_DisplayName() {
        return new Localizable(holder, "ModelCiConfiguration.DisplayName");
    }

    /** Key {@code ModelCiConfiguration.NoCredentials}. */
    public static String ModelCiConfiguration_NoCredentials() {
        return holder.format("ModelCiConfiguration.NoCredentials");
    }

    /** Key {@code ModelCiConfiguration.NoCredentials}. */
    public static Localizable _ModelCiConfiguration_NoCredentials() {
        return new Localizable(holder, "ModelCiConfiguration.NoCredentials");
    }

    /** Key {@code TrainModelStep.DisplayName}. */
    public static String TrainModelStep_DisplayName() {
        return holder.format("TrainModelStep.DisplayName");
    }

    /** Key {@code TrainModelStep.DisplayName}. */
    public static Localizable _TrainModelStep_DisplayName() {
        return new Localizable(holder, "TrainModelStep.DisplayName");
    }

    /** Key {@code EvaluateModelStep.DisplayName}. */
    public static String EvaluateModelStep_DisplayName() {
        return holder.format("EvaluateModelStep.DisplayName");
    }

    /** Key {@code EvaluateModelStep.DisplayName}. */
    public static Localizable _EvaluateModelStep_DisplayName() {
        return new Localizable(holder, "EvaluateModelStep.DisplayName");
    }

    /** Key {@code CompareToProductionStep.DisplayName}. */
    public static String CompareToProductionStep_DisplayName() {
        return holder.format("CompareToProductionStep.DisplayName");
    }

    /** Key {@code CompareToProductionStep.DisplayName}. */
    public static Localizable _CompareToProductionStep_DisplayName() {
        return new Localizable(holder, "CompareToProductionStep.DisplayName");
    }

    /** Key {@code PromoteModelStep.DisplayName}. */
    public static String PromoteModelStep_DisplayName() {
        return holder.format("PromoteModelStep.DisplayName");
    }

    /** Key {@code PromoteModelStep.DisplayName}. */
    public static Localizable _PromoteModelStep_DisplayName() {
        return new Localizable(holder, "PromoteModelStep.DisplayName");
    }

    /** Key {@code WithGpusStep.DisplayName}. */
    public static String WithGpusStep_DisplayName() {
        return holder.format("WithGpusStep.DisplayName");
    }

    /** Key {@code WithGpusStep.DisplayName}. */
    public static Localizable _WithGpusStep_DisplayName() {
        return new Localizable(holder, "WithGpusStep.DisplayName");
    }

    /** Key {@code ModelAction.DisplayName}. */
    public static String ModelAction_DisplayName() {
        return holder.format("ModelAction.DisplayName");
    }

    /** Key {@code ModelAction.DisplayName}. */
    public static Localizable _ModelAction_DisplayName() {
        return new Localizable(holder, "ModelAction.DisplayName");
    }

    /** Key {@code ModelTrendAction.DisplayName}. */
    public static String ModelTrendAction_DisplayName() {
        return holder.format("ModelTrendAction.DisplayName");
    }

    /** Key {@code ModelTrendAction.DisplayName}. */
    public static Localizable _ModelTrendAction_DisplayName() {
        return new Localizable(holder, "ModelTrendAction.DisplayName");
    }

    /** Key {@code RegistryRootAction.DisplayName}. */
    public static String RegistryRootAction_DisplayName() {
        return holder.format("RegistryRootAction.DisplayName");
    }

    /** Key {@code RegistryRootAction.DisplayName}. */
    public static Localizable _RegistryRootAction_DisplayName() {
        return new Localizable(holder, "RegistryRootAction.DisplayName");
    }

    /** Key {@code ModelCiPermissions.Group}. */
    public static String ModelCiPermissions_Group() {
        return holder.format("ModelCiPermissions.Group");
    }

    /** Key {@code ModelCiPermissions.Group}. */
    public static Localizable _ModelCiPermissions_Group() {
        return new Localizable(holder, "ModelCiPermissions.Group");
    }

    /** Key {@code ModelCiPermissions.Promote.Description}. */
    public static String ModelCiPermissions_Promote_Description() {
        return holder.format("ModelCiPermissions.Promote.Description");
    }

    /** Key {@code ModelCiPermissions.Promote.Description}. */
    public static Localizable _ModelCiPermissions_Promote_Description() {
        return new Localizable(holder, "ModelCiPermissions.Promote.Description");
    }

    /** Key {@code GpuComputerAction.DisplayName}. */
    public static String GpuComputerAction_DisplayName() {
        return holder.format("GpuComputerAction.DisplayName");
    }

    /** Key {@code GpuComputerAction.DisplayName}. */
    public static Localizable _GpuComputerAction_DisplayName() {
        return new Localizable(holder, "GpuComputerAction.DisplayName");
    }

    /** Key {@code GpuComputerAction.Gone}. */
    public static String GpuComputerAction_Gone() {
        return holder.format("GpuComputerAction.Gone");
    }

    /** Key {@code GpuComputerAction.Gone}. */
    public static Localizable _GpuComputerAction_Gone() {
        return new Localizable(holder, "GpuComputerAction.Gone");
    }

    /** Key {@code VerifyModelStep.DisplayName}. */
    public static String VerifyModelStep_DisplayName() {
        return holder.format("VerifyModelStep.DisplayName");
    }

    /** Key {@code VerifyModelStep.DisplayName}. */
    public static Localizable _VerifyModelStep_DisplayName() {
        return new Localizable(holder, "VerifyModelStep.DisplayName");
    }

    /** Key {@code GpuInventoryProperty.DisplayName}. */
    public static String GpuInventoryProperty_DisplayName() {
        return holder.format("GpuInventoryProperty.DisplayName");
    }

    /** Key {@code GpuInventoryProperty.DisplayName}. */
    public static Localizable _GpuInventoryProperty_DisplayName() {
        return new Localizable(holder, "GpuInventoryProperty.DisplayName");
    }
}
