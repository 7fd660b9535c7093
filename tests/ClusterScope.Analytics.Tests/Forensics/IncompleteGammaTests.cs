using ClusterScope.Analytics.Forensics;

namespace ClusterScope.Analytics.Tests.Forensics;

public class IncompleteGammaTests
{
    [Theory]
    [InlineData(0.1)]
    [InlineData(1)]
    [InlineData(4.9)]
    [InlineData(7.75)]
    [InlineData(15.507)]
    [InlineData(30)]
    [InlineData(80)]
    public void Chi_square_tail_on_8_degrees_of_freedom_matches_the_closed_form(double x)
    {
        // For even ν = 2k, Q(χ² | ν) = e^(-χ²/2) Σ_{i<k} (χ²/2)^i / i! (Abramowitz & Stegun 26.4.21); k = 4 here.
        var h = x / 2;
        var closedForm = Math.Exp(-h) * (1 + h + (h * h / 2) + (h * h * h / 6));
        AnalyticsAssert.Close(closedForm, IncompleteGamma.ChiSquareUpperTail(x, 8), rtol: 1e-12);
    }

    [Theory]
    [InlineData(15.507, 8, 0.05)]
    [InlineData(20.090, 8, 0.01)]
    [InlineData(3.841, 1, 0.05)]
    [InlineData(6.635, 1, 0.01)]
    [InlineData(18.307, 10, 0.05)]
    public void Chi_square_tail_matches_the_printed_critical_values(double criticalValue, int degreesOfFreedom, double level)
    {
        // Critical values as printed (3 decimals) in every table, e.g. NIST/SEMATECH e-Handbook 1.3.6.7.4.
        Assert.Equal(level, IncompleteGamma.ChiSquareUpperTail(criticalValue, degreesOfFreedom), 4);
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(0.5)]
    [InlineData(2)]
    [InlineData(9)]
    [InlineData(50)]
    public void Shape_one_is_the_exponential_tail_and_the_two_halves_sum_to_one(double x)
    {
        AnalyticsAssert.Close(Math.Exp(-x), IncompleteGamma.UpperRegularised(1, x), rtol: 1e-12);
        foreach (var a in new[] { 0.3, 1.0, 2.5, 4.0, 12.0 })
        {
            AnalyticsAssert.Close(1, IncompleteGamma.LowerRegularised(a, x) + IncompleteGamma.UpperRegularised(a, x), rtol: 1e-12);
        }
    }

    [Fact]
    public void Log_gamma_of_integers_is_the_log_factorial_and_of_one_half_is_log_root_pi()
    {
        var factorial = 1.0;
        for (var n = 1; n <= 25; n++)
        {
            AnalyticsAssert.Close(Math.Log(factorial), IncompleteGamma.LogGamma(n), rtol: 1e-13, atol: 1e-14);
            factorial *= n;
        }

        AnalyticsAssert.Close(0.5 * Math.Log(Math.PI), IncompleteGamma.LogGamma(0.5), rtol: 1e-13);
        // Γ(1/4) = 3.6256099082219083119... (a classical constant); 1/4 < 1/2 goes through the reflection formula.
        AnalyticsAssert.Close(Math.Log(3.6256099082219083), IncompleteGamma.LogGamma(0.25), rtol: 1e-13);
    }

    [Fact]
    public void Edges_are_exact_and_bad_input_is_refused()
    {
        Assert.Equal(1, IncompleteGamma.ChiSquareUpperTail(0, 8));
        Assert.Equal(0, IncompleteGamma.LowerRegularised(3, 0));
        Assert.Equal(0, IncompleteGamma.UpperRegularised(3, double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => IncompleteGamma.UpperRegularised(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => IncompleteGamma.UpperRegularised(2, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => IncompleteGamma.UpperRegularised(2, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => IncompleteGamma.ChiSquareUpperTail(3, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => IncompleteGamma.LogGamma(0));
    }
}
