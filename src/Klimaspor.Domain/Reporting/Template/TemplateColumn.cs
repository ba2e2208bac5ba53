using Klimaspor.Domain.Emissions;

namespace Klimaspor.Domain.Reporting.Template;

/// <summary>What a template column holds, as the spec's "type" column says.</summary>
public enum TemplateValueType
{
    /// <summary>Free text, trimmed, kept by the one text rule (<c>TextField</c>): at most <see cref="TemplateColumn.MaxLength"/>, or a line (200) when the spec gives none.</summary>
    Text,

    /// <summary>A vehicle registration number: letters and digits, spaces ignored.</summary>
    RegistrationNumber,

    /// <summary>A decimal number ≥ 0, or &gt; 0 (see <see cref="TemplateColumn.Minimum"/>).</summary>
    Number,

    /// <summary>An integer ≥ 0.</summary>
    WholeNumber,

    Date,

    /// <summary>Nine digits with a valid modulus-11 check digit.</summary>
    OrganisationNumber,

    /// <summary>A code of <see cref="TemplateColumn.CodeList"/>, or one of its labels.</summary>
    Code,

    /// <summary>One of <see cref="TemplateColumn.Units"/>.</summary>
    Unit,

    /// <summary>A reporting month: <c>YYYY-MM</c>, <c>MM.YYYY</c> or a date inside the month.</summary>
    Period,
}

/// <summary>When a column must have a value. The conditional rules look at the row's energy carrier (or product).</summary>
public enum ColumnRequirement
{
    Optional,

    Required,

    /// <summary>Required unless the row's carrier is zero-emission (emission class).</summary>
    UnlessZeroEmission,

    /// <summary>Required for liquid carriers, plug-in hybrids included (litres).</summary>
    ForLiquidCarrier,

    /// <summary>
    /// Required for gas carriers (kg). Propane may be given in litres instead, so for it either quantity will do.
    /// </summary>
    ForGasCarrier,

    /// <summary>Required for carriers reported in kWh: electric and plug-in hybrid.</summary>
    ForElectricCarrier,

    /// <summary>Required when the product is a biofuel or biogas (feedstock).</summary>
    ForBiofuelOrBiogas,
}

/// <summary>The lower bound of a number column.</summary>
public enum NumberMinimum
{
    ZeroOrMore,
    AboveZero,
}

/// <summary>
/// One column of a template sheet: its key, what it holds and when it is required. <see cref="Key"/> is the stored name
/// (JSON, CSV, errors); the header people see and the help text the workbook shows are texts of the app's one table of
/// words, under <see cref="HeaderKey"/> and <see cref="HelpKey"/>, in bokmål, nynorsk and English.
/// </summary>
public sealed record TemplateColumn(string Key, TemplateValueType Type, ColumnRequirement Requirement)
{
    /// <summary>The key of the sheet the column is in (<c>machines</c>); set by the sheet, as the texts' keys need it.</summary>
    public string SheetKey { get; init; } = string.Empty;

    /// <summary>The text key of the header: <c>Template.machines.energyCarrier.Header</c>.</summary>
    public string HeaderKey => $"Template.{SheetKey}.{Key}.Header";

    /// <summary>The text key of the help text the workbook and the form show: <c>Template.machines.energyCarrier.Help</c>.</summary>
    public string HelpKey => $"Template.{SheetKey}.{Key}.Help";

    public int? MaxLength { get; init; }

    public NumberMinimum Minimum { get; init; }

    /// <summary>The unit the column's numbers are in (<c>l</c>, <c>kWh</c>, <c>t</c>), named when someone types a unit in.</summary>
    public string? UnitSymbol { get; init; }

    /// <summary>
    /// For the quantity columns of machines and vehicles: the unit the quantity is, so that a quantity the row's
    /// carrier cannot have (litres on <c>el-batteri</c>) is refused.
    /// </summary>
    public QuantityUnit? CarrierUnit { get; init; }

    /// <summary>The drop-down list of a <see cref="TemplateValueType.Code"/> column.</summary>
    public CodeList? CodeList { get; init; }

    /// <summary>The drop-down list of a <see cref="TemplateValueType.Unit"/> column.</summary>
    public IReadOnlyList<QuantityUnit> Units { get; init; } = [];

    /// <summary>The number's unit is given in another column (<c>unit</c>), not in the header.</summary>
    public bool UnitInOtherColumn { get; init; }

    /// <summary>Whether the column itself must be in the header row; conditional columns may be left out.</summary>
    public bool IsRequiredColumn => Requirement == ColumnRequirement.Required;

    /// <summary>
    /// The header in each language, bokmål, nynorsk and English, as message arguments {n}, {n+1}, {n+2}: a message names
    /// the column in its reader's language, whenever it is told.
    /// </summary>
    public object[] Headers => [.. TextTable.InEachLanguage(HeaderKey)];
}
