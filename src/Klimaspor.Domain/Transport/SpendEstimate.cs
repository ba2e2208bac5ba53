using Klimaspor.Domain.Validation;

namespace Klimaspor.Domain.Transport;

/// <summary>Where a spend intensity came from, best first (issue 17 item 2).</summary>
public enum CalibrationSource
{
    /// <summary>The buyer's own measured contracts of the category.</summary>
    OwnContracts,

    /// <summary>Contracts shared in the buyer's networks.</summary>
    Network,

    /// <summary>All organisations, anonymously, and only from at least <see cref="SpendEstimates.MinimumAnonymousContracts"/> contracts.</summary>
    AllOrganisations,

    /// <summary>A figure the buyer entered with its source.</summary>
    BuyerDefault,
}

/// <summary>One contract-year of measured transport (fuel- or distance-based) and the spend it came with.</summary>
public sealed record MeasuredContract(decimal AnnualSpendNok, decimal Trips, decimal Km, decimal KgCo2eTerritorial, decimal KgCo2eLifeCycle);

/// <summary>A default the buyer enters for a category with no calibration, with where it comes from.</summary>
public sealed record SpendDefault(decimal? TripsPerMnok, decimal? KmPerMnok, decimal? KgCo2eTerritorialPerMnok, decimal? KgCo2eLifeCyclePerMnok, string? Source);

/// <summary>
/// Trips, km and kg CO2e per MNOK of annual spend for a category, with how many contracts it rests on and how spread
/// their life-cycle intensities are (lowest and highest), so a reader sees how far to trust it.
/// </summary>
public sealed record SpendIntensity(
    decimal TripsPerMnok,
    decimal KmPerMnok,
    decimal KgCo2eTerritorialPerMnok,
    decimal KgCo2eLifeCyclePerMnok,
    CalibrationSource Source,
    int Contracts,
    decimal? LowestKgCo2eLifeCyclePerMnok,
    decimal? HighestKgCo2eLifeCyclePerMnok,
    string? SourceNote = null);

/// <summary>A contract's estimated transport for a year from its spend: a screening figure, method <see cref="ActivityMethod.Spend"/>.</summary>
public sealed record SpendEstimate(decimal AnnualSpendNok, decimal Trips, decimal Km, decimal KgCo2eTerritorial, decimal KgCo2eLifeCycle, SpendIntensity Intensity)
{
    public ActivityMethod Method { get; init; } = ActivityMethod.Spend;

    public DataQuality Quality => Method.Quality();
}

/// <summary>
/// The spend-based estimate (../shared/spec/transport-footprint.md, "Three methods"): so the whole portfolio can be
/// ranked on day one, contracts with no activity data get trips, km and emissions from their annual spend times the
/// category's intensities per MNOK, calibrated from measured contracts. Screening only: a measured figure always wins.
/// </summary>
public static class SpendEstimates
{
    /// <summary>An all-organisation figure is shown only from this many contracts, so no one buyer's contract can be read out of it.</summary>
    public const int MinimumAnonymousContracts = 5;

    public const int SourceMaxLength = 500;

    /// <summary>
    /// Intensities as Σ activity ÷ Σ spend (MNOK): weighted by spend, so a large contract counts for its size and the
    /// estimate of the calibration contracts' own spend gives back their measured total. Null without spend to divide by.
    /// </summary>
    public static SpendIntensity? Calibrate(IReadOnlyList<MeasuredContract> contracts, CalibrationSource source)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        var usable = contracts.Where(c => c.AnnualSpendNok > 0).ToList();
        var spendMnok = usable.Sum(c => c.AnnualSpendNok) / 1_000_000m;
        if (spendMnok == 0)
        {
            return null;
        }

        var perContract = usable.Select(c => c.KgCo2eLifeCycle / (c.AnnualSpendNok / 1_000_000m)).ToList();
        return new SpendIntensity(
            usable.Sum(c => c.Trips) / spendMnok,
            usable.Sum(c => c.Km) / spendMnok,
            usable.Sum(c => c.KgCo2eTerritorial) / spendMnok,
            usable.Sum(c => c.KgCo2eLifeCycle) / spendMnok,
            source,
            usable.Count,
            perContract.Min(),
            perContract.Max());
    }

    /// <summary>
    /// The best calibration there is: the buyer's own contracts, then its networks', then all organisations' from at
    /// least <see cref="MinimumAnonymousContracts"/> contracts, then the buyer's default; none is invalid, located at
    /// the category, so that the category is marked rather than estimated from nothing.
    /// </summary>
    public static Outcome<SpendIntensity> Choose(
        IReadOnlyList<MeasuredContract> own,
        IReadOnlyList<MeasuredContract> network,
        IReadOnlyList<MeasuredContract> allOrganisations,
        SpendDefault? buyerDefault,
        string category)
    {
        ArgumentNullException.ThrowIfNull(allOrganisations);
        if (Calibrate(own, CalibrationSource.OwnContracts) is { } fromOwn)
        {
            return Outcome<SpendIntensity>.Ok(fromOwn);
        }

        if (Calibrate(network, CalibrationSource.Network) is { } fromNetwork)
        {
            return Outcome<SpendIntensity>.Ok(fromNetwork);
        }

        if (allOrganisations.Count(c => c.AnnualSpendNok > 0) >= MinimumAnonymousContracts
            && Calibrate(allOrganisations, CalibrationSource.AllOrganisations) is { } fromAll)
        {
            return Outcome<SpendIntensity>.Ok(fromAll);
        }

        if (buyerDefault is not null && ValidateDefault(buyerDefault).Count == 0)
        {
            return Outcome<SpendIntensity>.Ok(new SpendIntensity(buyerDefault.TripsPerMnok ?? 0, buyerDefault.KmPerMnok ?? 0,
                buyerDefault.KgCo2eTerritorialPerMnok ?? 0, buyerDefault.KgCo2eLifeCyclePerMnok ?? 0, CalibrationSource.BuyerDefault, 0, null, null,
                buyerDefault.Source!.Trim()));
        }

        return Outcome<SpendIntensity>.Invalid([new Problem("category", "Spend.NoCalibration", category)]);
    }

    /// <summary>A buyer's default needs its source and figures that are not negative; each mistake located at its field.</summary>
    public static IReadOnlyList<Problem> ValidateDefault(SpendDefault value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var errors = new List<Problem>();
        TextField.Read(value.Source, "source", SourceMaxLength, errors, required: true);
        Check(value.TripsPerMnok, "tripsPerMnok");
        Check(value.KmPerMnok, "kmPerMnok");
        Check(value.KgCo2eTerritorialPerMnok, "kgCo2eTerritorialPerMnok");
        Check(value.KgCo2eLifeCyclePerMnok, "kgCo2eLifeCyclePerMnok");
        return errors;

        void Check(decimal? figure, string field)
        {
            if (figure is null)
            {
                errors.Add(new Problem(field, "Validation.Required"));
            }
            else if (figure < 0)
            {
                errors.Add(new Problem(field, "Validation.NotNegative", figure.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
    }

    /// <summary>
    /// The annual spend: as given, else the contract value pro rata per year of its term (value × 365.25 ÷ days, so a
    /// four-year contract's year is a quarter of its value).
    /// </summary>
    public static decimal AnnualSpend(decimal? annualSpendNok, decimal contractValueNok, DateOnly start, DateOnly end)
    {
        if (annualSpendNok is { } given)
        {
            return given;
        }

        var days = end.DayNumber - start.DayNumber + 1;
        return days <= 0 ? contractValueNok : contractValueNok * 365.25m / days;
    }

    /// <summary>Annual spend (MNOK) × each intensity.</summary>
    public static SpendEstimate Estimate(decimal annualSpendNok, SpendIntensity intensity)
    {
        ArgumentNullException.ThrowIfNull(intensity);
        var mnok = annualSpendNok / 1_000_000m;
        return new SpendEstimate(annualSpendNok, mnok * intensity.TripsPerMnok, mnok * intensity.KmPerMnok,
            mnok * intensity.KgCo2eTerritorialPerMnok, mnok * intensity.KgCo2eLifeCyclePerMnok, intensity);
    }
}
