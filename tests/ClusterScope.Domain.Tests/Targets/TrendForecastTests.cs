using ClusterScope.Domain.Targets;

namespace ClusterScope.Domain.Tests.Targets;

public class TrendForecastTests
{
    private static YearValue[] Series(int firstYear, params double[] values) => values.Select((v, i) => new YearValue(firstYear + i, v)).ToArray();

    [Fact]
    public void Linear_trend_of_an_exact_line_has_a_zero_width_interval()
    {
        // y = 1, 3, 5 in 2010-2012: slope 2; 2015 → 5 + 3 * 2 = 11
        var f = TrendForecast.Linear(Series(2010, 1, 3, 5), 2015)!;
        Assert.Equal(11, f.Value, 9);
        Assert.Equal(2, f.Rate, 12);
        Assert.Equal(11, f.Lower!.Value, 9);
        Assert.Equal(11, f.Upper!.Value, 9);
        Assert.Equal((ForecastMethod.LinearTrend, 3, 0.95), (f.Method, f.Points, f.Level));
    }

    [Fact]
    public void Linear_trend_prediction_interval_matches_the_textbook_formula()
    {
        // y = 1, 2, 2, 4 in 2001-2004: t̄ = 2002.5, ȳ = 2.25, Stt = 5, Sty = 4.5, b = 0.9;
        // fitted 0.9, 1.8, 2.7, 3.6; residuals .1, .2, -.7, .4; SSE = 0.70, s = √0.35.
        // 2006: 2.25 + 0.9 * 3.5 = 5.4; half width = t(0.975, 2) · s · √(1 + 1/4 + 3.5² / 5) = 4.303 · √0.35 · √3.7
        var f = TrendForecast.Linear(Series(2001, 1, 2, 2, 4), 2006)!;
        var halfWidth = 4.303 * Math.Sqrt(0.35) * Math.Sqrt(3.7);
        Assert.Equal(5.4, f.Value, 9);
        Assert.Equal(0.9, f.Rate, 12);
        Assert.Equal(5.4 - halfWidth, f.Lower!.Value, 9);
        Assert.Equal(5.4 + halfWidth, f.Upper!.Value, 9);
    }

    [Fact]
    public void Compound_growth_of_an_exact_ten_percent_series()
    {
        // 100, 110, 121: growth 10 % a year; 2015 → 100 · 1.1⁵ = 161.051
        var f = TrendForecast.Compound(Series(2010, 100, 110, 121), 2015)!;
        Assert.Equal(161.051, f.Value, 8);
        Assert.Equal(0.1, f.Rate, 12);
        Assert.Equal(161.051, f.Lower!.Value, 8);
        Assert.Equal(161.051, f.Upper!.Value, 8);
    }

    [Fact]
    public void Compound_growth_interval_is_the_log_scale_interval_exponentiated()
    {
        // ln y = ln 1, ln 2, ln 2, ln 4: the same fit as the linear case on the log values.
        double[] y = [1, 2, 2, 4];
        var f = TrendForecast.Compound(Series(2001, y), 2006)!;
        var logs = y.Select(v => Math.Log(v)).ToArray();
        var linearOnLogs = TrendForecast.Linear(Series(2001, logs), 2006)!;
        Assert.Equal(Math.Exp(linearOnLogs.Value), f.Value, 9);
        Assert.Equal(Math.Exp(linearOnLogs.Lower!.Value), f.Lower!.Value, 9);
        Assert.Equal(Math.Exp(linearOnLogs.Upper!.Value), f.Upper!.Value, 9);
        Assert.Equal(Math.Exp(linearOnLogs.Rate) - 1, f.Rate, 12);
        Assert.True(f.Lower < f.Value && f.Value < f.Upper);
    }

    [Fact]
    public void Two_points_give_a_forecast_without_an_interval_and_one_point_none()
    {
        var two = TrendForecast.Linear(Series(2010, 10, 20), 2012)!;
        Assert.Equal(30, two.Value, 9);   // 10, 20 → 30 in 2012
        Assert.Null(two.Lower);
        Assert.Null(two.Upper);
        Assert.Null(TrendForecast.Linear(Series(2010, 10), 2012));
        Assert.Null(TrendForecast.Linear([], 2012));
    }

    [Fact]
    public void Compound_growth_needs_positive_values()
    {
        Assert.Null(TrendForecast.Compound(Series(2010, 0, 1, 2), 2015));
        Assert.Null(TrendForecast.Compound(Series(2010, -1, 1, 2), 2015));
        Assert.NotNull(TrendForecast.Linear(Series(2010, -1, 1, 2), 2015));
    }

    [Theory]
    [InlineData(1, 12.706)]
    [InlineData(10, 2.228)]
    [InlineData(30, 2.042)]
    [InlineData(60, 2.000)]
    [InlineData(120, 1.980)]
    public void Student_t_quantiles_match_the_tables(int df, double expected) =>
        Assert.Equal(expected, StudentT.Quantile975Of(df), 9);
}
