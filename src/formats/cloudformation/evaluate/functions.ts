import type { EvalContext } from './context.js'
import { evalAnd, evalCondition, evalEquals, evalIf, evalNot, evalOr } from './conditions.js'
import { evalCidr } from './cidr.js'
import { evalFindInMap } from './find-in-map.js'
import { evalGetAtt, evalRef } from './references.js'
import type { Call, Evaluated } from './results.js'
import { unknownCall } from './results.js'
import { evalBase64, evalJoin, evalLength, evalSelect, evalSplit, evalToJsonString } from './strings.js'
import { evalSub } from './sub.js'

type Intrinsic = (call: Call, ctx: EvalContext) => Evaluated

/**
 * Intrinsics that can be settled from the template alone. The others
 * (`Fn::GetAZs`, `Fn::ImportValue`, `Fn::Transform`, and any name not
 * known here) depend on the account, other stacks or macros: unknown.
 */
const INTRINSICS: Readonly<Record<string, Intrinsic>> = {
  Ref: evalRef,
  Condition: evalCondition,
  'Fn::And': evalAnd,
  'Fn::Base64': evalBase64,
  'Fn::Cidr': evalCidr,
  'Fn::Equals': evalEquals,
  'Fn::FindInMap': evalFindInMap,
  'Fn::GetAtt': evalGetAtt,
  'Fn::If': evalIf,
  'Fn::Join': evalJoin,
  'Fn::Length': evalLength,
  'Fn::Not': evalNot,
  'Fn::Or': evalOr,
  'Fn::Select': evalSelect,
  'Fn::Split': evalSplit,
  'Fn::Sub': evalSub,
  'Fn::ToJsonString': evalToJsonString
}

export function callIntrinsic(call: Call, ctx: EvalContext): Evaluated {
  const intrinsic = Object.hasOwn(INTRINSICS, call.name) ? INTRINSICS[call.name] : undefined
  return intrinsic === undefined ? unknownCall(call) : intrinsic(call, ctx)
}
