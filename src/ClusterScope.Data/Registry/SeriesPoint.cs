using ClusterScope.Domain.Registry;

namespace ClusterScope.Data.Registry;

/// <summary>One point of a time series.</summary>
public sealed record SeriesPoint(string Period, double Value, bool IsSample, ObservationStatus Status);
