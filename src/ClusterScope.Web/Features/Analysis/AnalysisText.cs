using Microsoft.Extensions.Localization;

namespace ClusterScope.Web.Features.Analysis;

/// <summary>The analysis page's words for result columns and measures, in the request's language.</summary>
public static class AnalysisText
{
    /// <summary>A result column's heading; the column name itself for one without a heading.</summary>
    public static string Column(IStringLocalizer text, string column)
    {
        ArgumentNullException.ThrowIfNull(text);
        return column switch
        {
            "region" => text["Region"],
            "industry" => text["Industry"],
            "industry_a" => text["Industry A"],
            "industry_b" => text["Industry B"],
            "year" => text["Year"],
            "level" => text["Level"],
            "measure" => text["Measure"],
            "value" => text["Value"],
            "lq" => text["Location quotient"],
            "rca" => text["RCA"],
            "present" => text["Specialised (RCA ≥ threshold)"],
            "growth" => text["Growth"],
            "national_share" => text["National share"],
            "industry_mix" => text["Industry mix"],
            "competitive" => text["Competitive effect"],
            "net_total_shift" => text["Net total shift"],
            "plants" => text["Plants"],
            "herfindahl" => text["Plant Herfindahl"],
            _ => column,
        };
    }

    /// <summary>What a measure says, in one sentence with its formula.</summary>
    public static string Explanation(IStringLocalizer text, string measure)
    {
        ArgumentNullException.ThrowIfNull(text);
        return measure switch
        {
            "lq" => text["Share of the industry in the region's total over its share in the province's total: LQ = (x_ri / x_r) / (x_i / x). Above 1: the region is more specialised in the industry than the province."],
            "rca" => text["The location quotient read as revealed comparative advantage (Balassa); a region counts as specialised where RCA ≥ the threshold."],
            "krugman" => text["How far a region's industry mix is from the province's: K_r = Σ_i |s_ri − s_i|, from 0 (the same mix) to 2."],
            "hoover" => text["Half the distance between a region's industry shares and the province's: H_r = ½ Σ_i |s_ri − s_i|, from 0 to 1."],
            "hhi" => text["Concentration of a region's activity in few industries: HHI_r = Σ_i s_ri²; 1 means a single industry."],
            "gini" => text["Inequality of an industry's spread across regions (Lorenz curve): 0 evenly spread, near 1 in one region."],
            "entropy" => text["Diversity of a region's industry mix: E_r = −Σ_i s_ri log₂ s_ri bits; higher means more diverse."],
            "shiftshare" => text["Splits each region's growth between two years into national growth, industry mix and a competitive (regional) effect."],
            "eg" => text["Ellison-Glaeser γ: geographic concentration of an industry beyond what its plant sizes and random location explain; above 0.05 is high."],
            "ms" => text["Maurel-Sédillot γ: the same question as Ellison-Glaeser with an estimator based on pairs of plants."],
            "coagglomeration" => text["Ellison-Glaeser co-agglomeration of two industries: do they locate in the same regions more than chance would say?"],
            "complexity" => text["Economic complexity (method of reflections): diversity and ECI per region, ubiquity and PCI per industry, from RCA ≥ 1."],
            "proximity" => text["Product-space proximity of two industries: the smaller of the two conditional probabilities that a region specialised in one is specialised in the other."],
            "density" => text["Density: the share of an industry's proximity that lies in industries the region is already specialised in (0 to 1)."],
            "relatedness-density" => text["Relatedness density in percent: how related an industry is to the region's present specialisations (EconGeo)."],
            "hachman" => text["Hachman index: 1 / Σ_i s_ri LQ_ri, from 0 to 1; 1 means the region's industry mix equals the province's."],
            "theil" => text["Theil index of a region's values over industries (T by default, L with variant l): 0 when every industry is the same size."],
            "shiftshare-industry" => text["Shift-share of every region and industry: national share, industry mix and competitive effect of each cell."],
            "coagglomeration-group" => text["Ellison-Glaeser co-agglomeration of a group of industries (all by default), with the group's G and plant Herfindahl H."],
            "reflections" => text["Method of reflections: the average of the other side's values, reflected a chosen number of steps (EconGeo morc / mort)."],
            "co-occurrence" => text["Co-occurrence: the number of regions specialised (RCA ≥ threshold) in both industries."],
            "relatedness" => text["Relatedness of two industries from how often they co-occur, normalised by probability, association, cosine or Jaccard (EconGeo)."],
            "relatedness-density-ext" => text["Relatedness density towards the industries a region is not specialised in (EconGeo relatedness_density_ext)."],
            "relatedness-density-int" => text["Relatedness density within the industries a region is specialised in (EconGeo relatedness_density_int)."],
            "relatedness-density-ext-avg" => text["Mean relatedness density of the industries a region lacks: its technological flexibility (EconGeo)."],
            "relatedness-density-int-avg" => text["Mean relatedness density within a region's portfolio: its coherence (EconGeo)."],
            _ => measure,
        };
    }
}
