namespace ClusterScope.Analytics.InputOutput;

/// <summary>Consumption-based, production-based, import- and export-embodied accounts of one extension.</summary>
/// <param name="ConsumptionBased">D_cba, stressors x (consuming region, product): what each region's final demand for each product causes anywhere.</param>
/// <param name="ProductionBased">D_pba, stressors x (region, sector): S times the output L Y.</param>
/// <param name="ImportsEmbodied">D_imp, stressors x (consuming region, product): the part of D_cba that occurs in other regions.</param>
/// <param name="ExportsEmbodied">D_exp, stressors x (region, sector): S times the output made for other regions' final demand.</param>
/// <param name="ConsumptionBasedByRegion">D_cba_reg, stressors x region, plus the region's direct final-demand stressors F_Y.</param>
/// <param name="ProductionBasedByRegion">D_pba_reg, stressors x region, plus F_Y.</param>
/// <param name="ImportsEmbodiedByRegion">D_imp_reg, stressors x region (no F_Y).</param>
/// <param name="ExportsEmbodiedByRegion">D_exp_reg, stressors x region (no F_Y).</param>
public sealed record FootprintAccounts(
    Matrix ConsumptionBased, Matrix ProductionBased, Matrix ImportsEmbodied, Matrix ExportsEmbodied,
    Matrix ConsumptionBasedByRegion, Matrix ProductionBasedByRegion, Matrix ImportsEmbodiedByRegion, Matrix ExportsEmbodiedByRegion);
