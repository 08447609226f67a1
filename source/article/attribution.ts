/** Speaker attribution: entry point. The engine lives in ./attribution/. */
export {attributeBlocks, attributeBlocksStrict, attributeIncrementally, type Attribution} from './attribution/index';
