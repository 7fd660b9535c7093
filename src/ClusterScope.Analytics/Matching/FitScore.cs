namespace ClusterScope.Analytics.Matching;

/// <summary>How well a researcher fits an enterprise's innovation need, from fields, distance and cluster priority.</summary>
public static class FitScore
{
    /// <summary>Mean earth radius in km (IUGG).</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Field compatibility in [0, 1]: for each of the need's field codes, the longest code prefix it shares with
    /// one of the researcher's codes, divided by the need code's length; averaged over the need's codes.</summary>
    /// <remarks>Our definition for hierarchical classification codes such as GB/T 13745-2009 (subjects: 3 digits for the
    /// first level, 5 for the second, 7 for the third) or the NSFC application codes: the same code scores 1, the same
    /// first level of a 7-digit code 3/7, nothing shared 0. Codes are compared as text, ignoring dots and spaces.
    /// Either list empty gives 0.</remarks>
    public static double FieldCompatibility(IReadOnlyList<string> researcherFields, IReadOnlyList<string> needFields)
    {
        if (researcherFields.Count == 0 || needFields.Count == 0)
        {
            return 0;
        }

        static string Clean(string code) => code.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        var mine = researcherFields.Select(Clean).ToArray();
        var total = 0.0;
        foreach (var need in needFields.Select(Clean))
        {
            var best = mine.Max(m => { var k = 0; while (k < m.Length && k < need.Length && m[k] == need[k]) k++; return k; });
            total += need.Length == 0 ? 0 : (double)best / need.Length;
        }

        return total / needFields.Count;
    }

    /// <summary>Great-circle distance in km between two points given in degrees.</summary>
    /// <remarks>Haversine formula (Sinnott 1984, "Virtues of the haversine", <i>Sky and Telescope</i> 68(2):159) on a sphere of
    /// radius <see cref="EarthRadiusKm"/>; within 0.5 % of the ellipsoidal distance.</remarks>
    public static double DistanceKm(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        static double Rad(double degrees) => degrees * Math.PI / 180;
        var dLat = Rad(latitude2 - latitude1);
        var dLon = Rad(longitude2 - longitude1);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Rad(latitude1)) * Math.Cos(Rad(latitude2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>The fit of one researcher to one need, with each part.</summary>
    /// <remarks>Total = w_f·F + w_d·exp(−d / scale) + w_p·P, with F from <see cref="FieldCompatibility"/>, d from
    /// <see cref="DistanceKm"/> and P the enterprise's cluster priority in [0, 1]; a pair with F = 0 scores 0, since nearness
    /// or priority alone make no fit. Our definition (ClusterScope docs/analytics/matching.md); weights default to
    /// <see cref="FitWeights.Default"/>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">Priority outside [0, 1], a negative weight or a non-positive scale.</exception>
    public static FitBreakdown Compute(IReadOnlyList<string> researcherFields, IReadOnlyList<string> needFields, double distanceKm, double priority, FitWeights? weights = null)
    {
        var w = weights ?? FitWeights.Default;
        if (priority is < 0 or > 1 || double.IsNaN(priority))
        {
            throw new ArgumentOutOfRangeException(nameof(priority), priority, "The cluster priority must lie in [0, 1].");
        }

        if (w.Field < 0 || w.Distance < 0 || w.Priority < 0 || !(w.DistanceScaleKm > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(weights), w, "Weights must not be negative and the distance scale must be above zero.");
        }

        var field = FieldCompatibility(researcherFields, needFields);
        var near = Math.Exp(-Math.Max(0, distanceKm) / w.DistanceScaleKm);
        var total = field == 0 ? 0 : (w.Field * field) + (w.Distance * near) + (w.Priority * priority);
        return new FitBreakdown(field, near, distanceKm, priority, total);
    }
}
