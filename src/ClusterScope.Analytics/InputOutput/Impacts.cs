using ClusterScope.Analytics.LinearAlgebra;

namespace ClusterScope.Analytics.InputOutput;

/// <summary>Scenario impacts: a final-demand shock, an exogenous output change of one sector, an investment project.</summary>
/// <remarks>Miller and Blair (2009), section 6.2 (direct, indirect and induced effects, induced from the household
/// closure of <see cref="HouseholdClosure"/>) and section 13.1 (mixed exogenous/endogenous models). Value added, income
/// and jobs follow output through the model's per-unit coefficients, part by part.</remarks>
public static class Impacts
{
    /// <summary>The impact of a change in final demand Δy.</summary>
    /// <remarks>Miller and Blair (2009), eq. 2.12 and section 6.2: direct = Δy, indirect = L Δy - Δy, induced =
    /// L_closed Δy - L Δy (the n x n block of the closed inverse).</remarks>
    /// <exception cref="ArgumentException">Δy does not have one entry per sector.</exception>
    public static Impact OfFinalDemand(ImpactModel model, ReadOnlySpan<double> deltaY)
    {
        ArgumentNullException.ThrowIfNull(model);
        var n = model.A.Rows;
        if (deltaY.Length != n)
        {
            throw new ArgumentException($"The shock has {deltaY.Length} entries for {n} sectors.");
        }

        var open = Leontief.Output(model.A, deltaY);
        var direct = deltaY.ToArray();
        var indirect = open.Select((v, i) => v - direct[i]).ToArray();
        var induced = new double[n];
        if (model.HouseholdConsumption is { } consumption)
        {
            var closed = Leontief.Output(HouseholdClosure.Augment(model.A, model.Income, consumption), [.. direct, 0]);
            for (var i = 0; i < n; i++)
            {
                induced[i] = closed[i] - open[i];
            }
        }

        return Measures(model, new ImpactComponents(direct, indirect, induced));
    }

    /// <summary>The impact of an exogenous output change Δx_k of one sector, the other sectors endogenous.</summary>
    /// <remarks>Miller and Blair (2009), section 13.1.2: with sector k exogenous, Δx_r = (I - A_rr)^-1 A_rk Δx_k for the
    /// others (their final demand unchanged). Direct = Δx_k on k; indirect = Δx_r; induced from the same mixed model with
    /// households as one more endogenous sector, minus the indirect part. k's own output is not fed back.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The sector is out of range.</exception>
    public static Impact OfOutputChange(ImpactModel model, int sector, double deltaOutput)
    {
        ArgumentNullException.ThrowIfNull(model);
        var n = model.A.Rows;
        ArgumentOutOfRangeException.ThrowIfNegative(sector);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sector, n);
        var direct = new double[n];
        direct[sector] = deltaOutput;
        var indirect = MixedOutput(model.A, sector, deltaOutput);
        var induced = new double[n];
        if (model.HouseholdConsumption is { } consumption)
        {
            var closed = MixedOutput(HouseholdClosure.Augment(model.A, model.Income, consumption), sector, deltaOutput);
            for (var i = 0; i < n; i++)
            {
                induced[i] = closed[i] - indirect[i];
            }
        }

        return Measures(model, new ImpactComponents(direct, indirect, induced));
    }

    /// <summary>An investment project: construction as final demand, then one operating year as new output of its sector.</summary>
    /// <remarks>Miller and Blair (2009), section 6.2 for the construction phase (a final-demand vector, usually for
    /// construction and equipment) and section 13.1 for the operating phase (an exogenous output change, so the new
    /// plant's own sales are not double counted).</remarks>
    public static InvestmentImpact OfInvestment(ImpactModel model, ReadOnlySpan<double> constructionDemand, int operatingSector, double operatingOutput) =>
        new(OfFinalDemand(model, constructionDemand), OfOutputChange(model, operatingSector, operatingOutput));

    // Δx of every sector but k (k's entry 0) for Δx_k, from (I - A_rr) Δx_r = A_rk Δx_k.
    private static double[] MixedOutput(Matrix a, int k, double deltaOutput)
    {
        var m = a.Rows;
        var others = Enumerable.Range(0, m).Where(i => i != k).ToArray();
        var system = new Matrix(others.Length, others.Length);
        var rhs = new double[others.Length];
        for (var r = 0; r < others.Length; r++)
        {
            for (var c = 0; c < others.Length; c++)
            {
                system[r, c] = (r == c ? 1 : 0) - a[others[r], others[c]];
            }

            rhs[r] = a[others[r], k] * deltaOutput;
        }

        var solved = LuDecomposition.Factor(system).Solve(rhs);
        var result = new double[m];
        for (var r = 0; r < others.Length; r++)
        {
            result[others[r]] = solved[r];
        }

        return result;
    }

    private static Impact Measures(ImpactModel model, ImpactComponents output)
    {
        var n = model.A.Rows;
        output = new ImpactComponents(output.Direct[..n], output.Indirect[..n], output.Induced[..n]);
        return new Impact(output, output.Times(model.ValueAdded), output.Times(model.Income), output.Times(model.Employment));
    }
}
