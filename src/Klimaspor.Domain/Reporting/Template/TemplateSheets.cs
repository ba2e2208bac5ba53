using Klimaspor.Domain.Emissions;
using R = Klimaspor.Domain.Reporting.Template.ColumnRequirement;
using V = Klimaspor.Domain.Reporting.Template.TemplateValueType;

namespace Klimaspor.Domain.Reporting.Template;

/// <summary>
/// The contractor report template, version 1 (spec/reporting-template.md, "Sheets and columns"): the one table the
/// reader, the workbook's headers, drop-downs and help comments, and the CSV files are all made from. Each sheet and
/// column is named in bokmål, nynorsk and English; the reader accepts any of them.
/// </summary>
public static class TemplateSheets
{
    /// <summary>The template version this table describes; the <c>Rapport</c> sheet's <c>templateVersion</c>.</summary>
    public const int Version = 1;

    /// <summary>
    /// Products a fuel delivery can be: liquid fuels and gases. Plug-in hybrids are left out: what is delivered to
    /// them is diesel or HVO100, and that is how the delivery is compared with use.
    /// </summary>
    public static CodeList FuelProducts { get; } = new(CodeLists.EnergyCarrier.Name,
        [.. CodeLists.EnergyCarrier.Entries.Where(e => EnergyCarrier.TryFind(e.Code, out var c) && (c.IsLiquid || c.IsGas) && !c.IsElectric)]);

    public static TemplateSheet Report { get; } = new("Rapport", "Rapport", "Report", "report", null, null,
    [
        new("contractRef", "Kontrakt", "Kontrakt", "Contract", V.Text, R.Required,
            "Kontraktens referansenummer i Klimaspor.",
            "Referansenummeret til kontrakten i Klimaspor.",
            "The contract's reference number in Klimaspor."),
        new("supplierOrgNo", "Leverandør org.nr.", "Leverandør org.nr.", "Supplier org. no.", V.OrganisationNumber, R.Required,
            "Organisasjonsnummeret til leverandøren som rapporterer, 9 siffer.",
            "Organisasjonsnummeret til leverandøren som rapporterer, 9 siffer.",
            "The reporting supplier's organisation number, 9 digits."),
        new("period", "Periode", "Periode", "Period", V.Period, R.Required,
            "Måneden rapporten gjelder, åååå-mm.",
            "Månaden rapporten gjeld, åååå-mm.",
            "The month the report covers, yyyy-mm."),
        new("reportedBy", "Rapportert av", "Rapportert av", "Reported by", V.Text, R.Optional,
            "Navnet på den som fylte ut rapporten.",
            "Namnet på den som fylte ut rapporten.",
            "Name of the person who filled in the report."),
        new("templateVersion", "Malversjon", "Malversjon", "Template version", V.WholeNumber, R.Optional,
            "Malens versjon. Skal ikke endres.",
            "Versjonen av malen. Skal ikkje endrast.",
            "The template's version. Do not change it."),
    ]);

    public static TemplateSheet Machines { get; } = new("Maskiner", "Maskiner", "Machines", "machines", LineKind.Machine, "energyCarrier",
    [
        new("machineId", "Maskin-ID", "Maskin-ID", "Machine ID", V.Text, R.Required,
            "Serienummer/PIN, internnummer eller reg.nr., høyst 64 tegn.",
            "Serienummer/PIN, internnummer eller reg.nr., høgst 64 teikn.",
            "Serial/PIN, fleet number or registration number, at most 64 characters.")
        { MaxLength = 64 },
        new("ownerOrgNo", "Eier org.nr.", "Eigar org.nr.", "Owner org. no.", V.OrganisationNumber, R.Optional,
            "Org.nr. til underentreprenøren eller utleiefirmaet som eier maskinen, om det ikke er dere.",
            "Org.nr. til underentreprenøren eller utleigefirmaet som eig maskina, om det ikkje er de.",
            "Organisation number of the subcontractor or rental firm owning the machine, if not you."),
        new("machineType", "Maskintype", "Maskintype", "Machine type", V.Code, R.Required,
            "Velg fra listen.",
            "Vel frå lista.",
            "Choose from the list.")
        { CodeList = MachineTypes.List },
        new("model", "Produsent og modell", "Produsent og modell", "Make and model", V.Text, R.Optional,
            "For eksempel Volvo EC250E.",
            "Til dømes Volvo EC250E.",
            "For example Volvo EC250E."),
        new("weightTonnes", "Vekt (tonn)", "Vekt (tonn)", "Weight (t)", V.Number, R.Required,
            "Driftsvekt i tonn.",
            "Driftsvekt i tonn.",
            "Operating weight in tonnes.")
        { Minimum = NumberMinimum.AboveZero, UnitSymbol = "t" },
        new("powerKw", "Motoreffekt (kW)", "Motoreffekt (kW)", "Engine power (kW)", V.Number, R.Optional,
            "Motoreffekt i kW.",
            "Motoreffekt i kW.",
            "Engine power in kW.")
        { Minimum = NumberMinimum.AboveZero, UnitSymbol = "kW" },
        new("energyCarrier", "Energibærer", "Energiberar", "Energy carrier", V.Code, R.Required,
            "Drivstoffet eller energien maskinen går på. Velg fra listen.",
            "Drivstoffet eller energien maskina går på. Vel frå lista.",
            "The fuel or energy the machine runs on. Choose from the list.")
        { CodeList = CodeLists.EnergyCarrier },
        new("emissionClass", "Utslippsklasse", "Utsleppsklasse", "Emission class", V.Code, R.UnlessZeroEmission,
            "EU Stage. Påkrevd unntatt for nullutslippsmaskiner.",
            "EU Stage. Påkravd unnateke for nullutsleppsmaskiner.",
            "EU Stage. Required except for zero-emission machines.")
        { CodeList = EmissionClasses.List },
        new("fromDate", "Fra dato", "Frå dato", "From", V.Date, R.Optional,
            "Første dag maskinen var i bruk i perioden. Tom betyr periodens første dag.",
            "Første dag maskina var i bruk i perioden. Tom tyder første dag i perioden.",
            "First day the machine was used in the period. Empty means the period's first day."),
        new("toDate", "Til dato", "Til dato", "To", V.Date, R.Optional,
            "Siste dag maskinen var i bruk i perioden. Tom betyr periodens siste dag.",
            "Siste dag maskina var i bruk i perioden. Tom tyder siste dag i perioden.",
            "Last day the machine was used in the period. Empty means the period's last day."),
        new("operatingHours", "Driftstimer", "Driftstimar", "Operating hours", V.Number, R.Required,
            "Driftstimer i perioden, høyst 24 per dag.",
            "Driftstimar i perioden, høgst 24 per dag.",
            "Operating hours in the period, at most 24 a day.")
        { UnitSymbol = "h" },
        new("idleHours", "Tomgangstimer", "Tomgangstimar", "Idle hours", V.Number, R.Optional,
            "Timer på tomgang, ikke flere enn driftstimene.",
            "Timar på tomgang, ikkje fleire enn driftstimane.",
            "Hours idling, not more than the operating hours.")
        { UnitSymbol = "h" },
        new("fuelLitres", "Drivstoff (liter)", "Drivstoff (liter)", "Fuel (litres)", V.Number, R.ForLiquidCarrier,
            "Liter drivstoff. Påkrevd for flytende drivstoff og ladbare hybrider.",
            "Liter drivstoff. Påkravd for flytande drivstoff og ladbare hybridar.",
            "Litres of fuel. Required for liquid fuels and plug-in hybrids.")
        { UnitSymbol = "liter", CarrierUnit = QuantityUnit.Litre },
        new("gasKg", "Gass (kg)", "Gass (kg)", "Gas (kg)", V.Number, R.ForGasCarrier,
            "Kg gass. Påkrevd for biogass, naturgass og hydrogen.",
            "Kg gass. Påkravd for biogass, naturgass og hydrogen.",
            "Kg of gas. Required for biogas, natural gas and hydrogen.")
        { UnitSymbol = "kg", CarrierUnit = QuantityUnit.Kilogram },
        new("electricityKwh", "Strøm (kWh)", "Straum (kWh)", "Electricity (kWh)", V.Number, R.ForElectricCarrier,
            "kWh strøm. Påkrevd for elektriske maskiner og ladbare hybrider.",
            "kWh straum. Påkravd for elektriske maskiner og ladbare hybridar.",
            "kWh of electricity. Required for electric machines and plug-in hybrids.")
        { UnitSymbol = "kWh", CarrierUnit = QuantityUnit.KilowattHour },
        new("dataSource", "Datakilde", "Datakjelde", "Data source", V.Code, R.Required,
            "Hvor tallene kommer fra. Velg fra listen.",
            "Kvar tala kjem frå. Vel frå lista.",
            "Where the figures come from. Choose from the list.")
        { CodeList = DataSources.List },
        new("waiverRef", "Fravik-ref.", "Fråvik-ref.", "Waiver ref.", V.Text, R.Optional,
            "Referansen til et godkjent fravik, om maskinen har det.",
            "Referansen til eit godkjent fråvik, om maskina har det.",
            "Reference of an approved waiver, if the machine has one."),
        new("comment", "Kommentar", "Kommentar", "Comment", V.Text, R.Optional,
            "Høyst 1000 tegn.",
            "Høgst 1000 teikn.",
            "At most 1000 characters.")
        { MaxLength = 1000 },
    ]);

    public static TemplateSheet Vehicles { get; } = new("Kjøretøy", "Køyretøy", "Vehicles", "vehicles", LineKind.Vehicle, "energyCarrier",
    [
        new("regNo", "Reg.nr.", "Reg.nr.", "Registration no.", V.RegistrationNumber, R.Required,
            "Bokstaver og tall, høyst 16. Mellomrom teller ikke.",
            "Bokstavar og tal, høgst 16. Mellomrom tel ikkje.",
            "Letters and digits, at most 16. Spaces are ignored.")
        { MaxLength = 16 },
        new("ownerOrgNo", "Eier org.nr.", "Eigar org.nr.", "Owner org. no.", V.OrganisationNumber, R.Optional,
            "Org.nr. til transportøren som eier kjøretøyet, om det ikke er dere.",
            "Org.nr. til transportøren som eig køyretøyet, om det ikkje er de.",
            "Organisation number of the haulier owning the vehicle, if not you."),
        new("vehicleType", "Kjøretøytype", "Køyretøytype", "Vehicle type", V.Code, R.Required,
            "Velg fra listen.",
            "Vel frå lista.",
            "Choose from the list.")
        { CodeList = VehicleTypes.List },
        new("purpose", "Formål", "Føremål", "Purpose", V.Code, R.Required,
            "Hva kjøringen gjaldt. Velg fra listen.",
            "Kva køyringa galdt. Vel frå lista.",
            "What the driving was for. Choose from the list.")
        { CodeList = TransportPurposes.List },
        new("energyCarrier", "Energibærer", "Energiberar", "Energy carrier", V.Code, R.Required,
            "Drivstoffet eller energien kjøretøyet går på. Velg fra listen.",
            "Drivstoffet eller energien køyretøyet går på. Vel frå lista.",
            "The fuel or energy the vehicle runs on. Choose from the list.")
        { CodeList = CodeLists.EnergyCarrier },
        new("emissionClass", "Euroklasse", "Euroklasse", "Euro class", V.Code, R.UnlessZeroEmission,
            "Euroklasse. Påkrevd unntatt for nullutslippskjøretøy.",
            "Euroklasse. Påkravd unnateke for nullutsleppskøyretøy.",
            "Euro class. Required except for zero-emission vehicles.")
        { CodeList = EmissionClasses.List },
        new("trips", "Antall turer", "Tal på turar", "Trips", V.WholeNumber, R.Optional,
            "Antall turer i perioden.",
            "Talet på turar i perioden.",
            "Number of trips in the period."),
        new("distanceKm", "Kjørte km", "Køyrde km", "Distance (km)", V.Number, R.Required,
            "Kilometer kjørt for kontrakten i perioden.",
            "Kilometer køyrde for kontrakten i perioden.",
            "Kilometres driven for the contract in the period.")
        { UnitSymbol = "km" },
        new("loadTonnes", "Transportert (tonn)", "Transportert (tonn)", "Load (t)", V.Number, R.Optional,
            "Tonn transportert i perioden, alle turer sammen.",
            "Tonn transportert i perioden, alle turane saman.",
            "Tonnes transported in the period, all trips together.")
        { UnitSymbol = "t" },
        new("fuelLitres", "Drivstoff (liter)", "Drivstoff (liter)", "Fuel (litres)", V.Number, R.ForLiquidCarrier,
            "Liter drivstoff. Påkrevd for flytende drivstoff og ladbare hybrider.",
            "Liter drivstoff. Påkravd for flytande drivstoff og ladbare hybridar.",
            "Litres of fuel. Required for liquid fuels and plug-in hybrids.")
        { UnitSymbol = "liter", CarrierUnit = QuantityUnit.Litre },
        new("gasKg", "Gass (kg)", "Gass (kg)", "Gas (kg)", V.Number, R.ForGasCarrier,
            "Kg gass. Påkrevd for gass.",
            "Kg gass. Påkravd for gass.",
            "Kg of gas. Required for gas.")
        { UnitSymbol = "kg", CarrierUnit = QuantityUnit.Kilogram },
        new("electricityKwh", "Strøm (kWh)", "Straum (kWh)", "Electricity (kWh)", V.Number, R.ForElectricCarrier,
            "kWh strøm. Påkrevd for elektriske kjøretøy og ladbare hybrider.",
            "kWh straum. Påkravd for elektriske køyretøy og ladbare hybridar.",
            "kWh of electricity. Required for electric vehicles and plug-in hybrids.")
        { UnitSymbol = "kWh", CarrierUnit = QuantityUnit.KilowattHour },
        new("idleMinutes", "Tomgang (minutter)", "Tomgang (minutt)", "Idle (minutes)", V.WholeNumber, R.Optional,
            "Minutter på tomgang i perioden.",
            "Minutt på tomgang i perioden.",
            "Minutes idling in the period.")
        { UnitSymbol = "min" },
        new("dataSource", "Datakilde", "Datakjelde", "Data source", V.Code, R.Required,
            "Hvor tallene kommer fra. Velg fra listen.",
            "Kvar tala kjem frå. Vel frå lista.",
            "Where the figures come from. Choose from the list.")
        { CodeList = DataSources.List },
        new("comment", "Kommentar", "Kommentar", "Comment", V.Text, R.Optional,
            "Fritekst.",
            "Fritekst.",
            "Free text."),
    ]);

    public static TemplateSheet Energy { get; } = new("Energi", "Energi", "Energy", "energy", LineKind.Energy, "energyCarrier",
    [
        new("sourceId", "Måler/kilde", "Målar/kjelde", "Meter / source", V.Text, R.Required,
            "Målernummer eller annen kilde, høyst 64 tegn.",
            "Målarnummer eller anna kjelde, høgst 64 teikn.",
            "Meter number or other source, at most 64 characters.")
        { MaxLength = 64 },
        new("energyCarrier", "Energibærer", "Energiberar", "Energy carrier", V.Code, R.Required,
            "Strøm fra nettet er el-nett. Velg fra listen.",
            "Straum frå nettet er el-nett. Vel frå lista.",
            "Grid electricity is el-nett. Choose from the list.")
        { CodeList = CodeLists.EnergyCarrier },
        new("purpose", "Formål", "Føremål", "Purpose", V.Code, R.Required,
            "Hva energien ble brukt til. Velg fra listen.",
            "Kva energien vart brukt til. Vel frå lista.",
            "What the energy was used for. Choose from the list.")
        { CodeList = EnergyPurposes.List },
        new("quantity", "Mengde", "Mengd", "Quantity", V.Number, R.Required,
            "Mengden, i enheten i neste kolonne.",
            "Mengda, i eininga i neste kolonne.",
            "The quantity, in the unit of the next column.")
        { UnitInOtherColumn = true },
        new("unit", "Enhet", "Eining", "Unit", V.Unit, R.Required,
            "kWh, liter, kg eller Sm3.",
            "kWh, liter, kg eller Sm3.",
            "kWh, liter, kg or Sm3.")
        { Units = [QuantityUnit.KilowattHour, QuantityUnit.Litre, QuantityUnit.Kilogram, QuantityUnit.StandardCubicMetre] },
        new("fromDate", "Fra dato", "Frå dato", "From", V.Date, R.Optional,
            "Første dag målingen gjelder. Tom betyr periodens første dag.",
            "Første dag målinga gjeld. Tom tyder første dag i perioden.",
            "First day the reading covers. Empty means the period's first day."),
        new("toDate", "Til dato", "Til dato", "To", V.Date, R.Optional,
            "Siste dag målingen gjelder. Tom betyr periodens siste dag.",
            "Siste dag målinga gjeld. Tom tyder siste dag i perioden.",
            "Last day the reading covers. Empty means the period's last day."),
        new("dataSource", "Datakilde", "Datakjelde", "Data source", V.Code, R.Required,
            "Hvor tallene kommer fra. Velg fra listen.",
            "Kvar tala kjem frå. Vel frå lista.",
            "Where the figures come from. Choose from the list.")
        { CodeList = DataSources.List },
    ]);

    public static TemplateSheet FuelDeliveries { get; } = new("Drivstoff", "Drivstoff", "Fuel deliveries", "fuelDeliveries", LineKind.FuelDelivery, "product",
    [
        new("deliveryDate", "Dato", "Dato", "Date", V.Date, R.Required,
            "Leveringsdato, innenfor perioden.",
            "Leveringsdato, innanfor perioden.",
            "Delivery date, inside the period."),
        new("fuelSupplier", "Leverandør", "Leverandør", "Fuel supplier", V.Text, R.Required,
            "Selskapet som leverte drivstoffet.",
            "Selskapet som leverte drivstoffet.",
            "The company that delivered the fuel."),
        new("product", "Produkt", "Produkt", "Product", V.Code, R.Required,
            "Flytende drivstoff eller gass. Velg fra listen.",
            "Flytande drivstoff eller gass. Vel frå lista.",
            "A liquid fuel or a gas. Choose from the list.")
        { CodeList = FuelProducts },
        new("quantity", "Mengde", "Mengd", "Quantity", V.Number, R.Required,
            "Levert mengde, i enheten i neste kolonne.",
            "Levert mengd, i eininga i neste kolonne.",
            "Quantity delivered, in the unit of the next column.")
        { Minimum = NumberMinimum.AboveZero, UnitInOtherColumn = true },
        new("unit", "Enhet", "Eining", "Unit", V.Unit, R.Required,
            "liter, kg eller Sm3.",
            "liter, kg eller Sm3.",
            "liter, kg or Sm3.")
        { Units = [QuantityUnit.Litre, QuantityUnit.Kilogram, QuantityUnit.StandardCubicMetre] },
        new("feedstock", "Råstoff", "Råstoff", "Feedstock", V.Code, R.ForBiofuelOrBiogas,
            "Råstoffet fra bærekraftsbeviset. Påkrevd for biodrivstoff og biogass.",
            "Råstoffet frå berekraftsbeviset. Påkravd for biodrivstoff og biogass.",
            "Feedstock from the proof of sustainability. Required for biofuel and biogas.")
        { CodeList = Feedstocks.List },
        new("carbonIntensity", "Karbonintensitet (g CO2e/MJ)", "Karbonintensitet (g CO2e/MJ)", "Carbon intensity (g CO2e/MJ)", V.Number, R.Optional,
            "Fra bærekraftsbeviset.",
            "Frå berekraftsbeviset.",
            "From the proof of sustainability.")
        { UnitSymbol = "g CO2e/MJ" },
        new("sustainabilityRef", "Bærekraftsbevis", "Berekraftsbevis", "Proof of sustainability", V.Text, R.Optional,
            "Referansen til beviset.",
            "Referansen til beviset.",
            "Reference of the proof."),
        new("deliveryNote", "Følgeseddel/faktura", "Følgjesetel/faktura", "Delivery note / invoice", V.Text, R.Optional,
            "Nummeret på følgeseddel eller faktura.",
            "Nummeret på følgjesetelen eller fakturaen.",
            "Number of the delivery note or invoice."),
        new("deliveredTo", "Levert til", "Levert til", "Delivered to", V.Text, R.Optional,
            "Maskin-ID eller tank.",
            "Maskin-ID eller tank.",
            "A machine ID or a tank."),
    ]);

    /// <summary>In the workbook's order.</summary>
    public static IReadOnlyList<TemplateSheet> All { get; } = [Report, Machines, Vehicles, Energy, FuelDeliveries];

    /// <summary>The sheet a workbook sheet or CSV file name (without extension) names, matched loosely.</summary>
    public static TemplateSheet? Find(string? name) => All.FirstOrDefault(s => s.IsNamed(name));

    /// <summary>
    /// The header of a sheet's column in the reader's language, for findings that name it by sheet (name or key) and
    /// column key, such as stored warnings; null when it names none.
    /// </summary>
    public static string? Header(string? sheet, string? column, string? culture) => Find(sheet)?.FindColumn(column)?.Header(culture);
}
