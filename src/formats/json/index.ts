export { JsonError, parseJson, type JsonOptions } from './parse-json.js'
