using System.Numerics.Tensors;

namespace ClusterScope.Analytics.Specialisation;

/// <summary>Input checks shared by the specialisation and concentration measures: activity data are finite and non-negative.</summary>
internal static class NonNegativeValues
{
    public static void Require(Matrix values, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(values, parameterName);
        var all = values.AsSpan();
        // One vectorised pass; the slow search for the culprit only runs when there is one.
        if (all.Length == 0 || (TensorPrimitives.Min(all) >= 0 && double.IsFinite(TensorPrimitives.Max(all))))
        {
            return;
        }

        for (var r = 0; r < values.Rows; r++)
        {
            var row = values.Row(r);
            for (var c = 0; c < row.Length; c++)
            {
                if (!(row[c] >= 0) || double.IsPositiveInfinity(row[c]))
                {
                    throw new ArgumentException(
                        $"Value at row {r}, column {c} is {row[c]}; activity values must be finite and non-negative.", parameterName);
                }
            }
        }
    }

    public static void Require(ReadOnlySpan<double> values, string parameterName)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (!(values[i] >= 0) || double.IsPositiveInfinity(values[i]))
            {
                throw new ArgumentException(
                    $"Value {i} is {values[i]}; values must be finite and non-negative.", parameterName);
            }
        }
    }

    public static void RequireLength(ReadOnlySpan<double> values, int expected, string what, string parameterName)
    {
        if (values.Length != expected)
        {
            throw new ArgumentException($"{what} has {values.Length} values; expected {expected}.", parameterName);
        }
    }
}
