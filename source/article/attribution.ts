/** Speaker attribution: entry point. The engine lives in ./attribution/. */
export {attributeBlocks, attributeBlocksStrict, type Attribution} from './attribution/index';
