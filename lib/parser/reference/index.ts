/**
 * National classification reference: 政府收支分类科目 支出功能分类 and 支出经济分类, looked up by
 * code and by (possibly cut-off or older) name. Pure data, no I/O.
 */
export {
  ECONOMIC_CATALOGUE,
  FUNCTION_CATALOGUE,
  levelOf,
  parentOf,
  type ClassificationEntry,
  type ClassificationLevel,
} from "./classification";
export {
  findEconomicCode,
  findEconomicCodesByName,
  findFunctionCode,
  findFunctionCodesByName,
  isNameOfCode,
  normalisedNamesOf,
  type FindByNameOptions,
} from "./lookup";
export { normalizeClassificationName, normalizeClassificationNameLoosely } from "./normalize-name";
