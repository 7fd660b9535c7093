using ClusterScope.Domain.Registry;

namespace ClusterScope.Data.Intake;

/// <summary>One valid observation row of an import file, on its way into the staging table.</summary>
internal readonly record struct StagedObservation(
    EntityKind Kind, string EntityCode, string IndicatorCode, string Period, double Value, ObservationStatus Status, Provenance Provenance, string? Source);
